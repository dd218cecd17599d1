package rapport.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code up}: PostgreSQL, Kafka and Keycloak (started together, awaited together), the services' databases, then the
 * three services (likewise). A component whose recorded process still runs is left alone. Every port is checked
 * before anything starts, and when something fails, what this run started is stopped again: a failed `up` leaves
 * the machine as it found it.
 */
final class UpCommand {

    private static final Duration ROLLBACK_GRACE = Duration.ofSeconds(30);

    private final LauncherConfig config;
    private final ProcessRegistry registry;
    private final PrintStream out;
    private final Map<Component, Process> startedHere = new LinkedHashMap<>();

    UpCommand(LauncherConfig config, PrintStream out) {
        this.config = config;
        this.registry = new ProcessRegistry(config.paths().runDir());
        this.out = out;
    }

    int run(Selection selection) throws IOException, SQLException {
        long start = System.nanoTime();
        try (LauncherLock lock = LauncherLock.acquire(config.paths(), "up", out)) {
            if (selection.includes(PostgresComponent.NAME) && config.pgConfigured()) {
                new Postgres(config).requireReachable();
            }
            List<Component> components = Components.local(config, selection, out);
            List<Component> infrastructure = components.stream().filter(c -> !(c instanceof ServiceComponent))
                    .toList();
            List<Component> services = components.stream().filter(c -> c instanceof ServiceComponent).toList();
            services.forEach(c -> ((ServiceComponent) c).prepare());
            Map<Component, StartDecision> decisions = decide(components, registry);
            try {
                startAll(infrastructure, decisions);
                if (selection.includes(PostgresComponent.NAME)) {
                    createDatabases();
                }
                startAll(services, decisions);
            } catch (IOException | SQLException | RuntimeException e) {
                rollBack();
                throw e;
            }
        }
        out.println();
        out.println("All healthy in " + Waiter.seconds(start) + ".");
        new UpSummary(config, selection, out).print();
        return 0;
    }

    /** What to do with each component; refuses, before anything starts, a port held by something unexpected. */
    static Map<Component, StartDecision> decide(List<Component> components, ProcessRegistry registry) {
        Map<Component, StartDecision> decisions = new LinkedHashMap<>();
        for (Component component : components) {
            boolean recorded = registry.running(component.name()).isPresent();
            boolean portOpen = Probes.tcpOpen("127.0.0.1", component.port());
            StartDecision decision = StartDecision.decide(recorded, portOpen, portOpen && component.isReady());
            if (decision == StartDecision.PORT_TAKEN) {
                throw new LauncherException(component.name() + ": port " + component.port() + " is taken by a "
                        + "process ./rapport did not start, and " + component.probe() + " does not answer. "
                        + component.whenPortTaken() + " Nothing was started.");
            }
            for (int other : decision == StartDecision.START ? component.otherPorts() : List.<Integer>of()) {
                if (Probes.tcpOpen("127.0.0.1", other)) {
                    throw new LauncherException(component.name() + ": port " + other + ", which it needs too, is "
                            + "taken by another process. Stop that process (see `ss -ltnp`) and run ./rapport up "
                            + "again. Nothing was started.");
                }
            }
            decisions.put(component, decision);
        }
        return decisions;
    }

    private void createDatabases() throws SQLException {
        Postgres postgres = new Postgres(config);
        List<String> created = postgres.createDatabases(Services.databases());
        out.println("postgres: " + config.pgUrl().server() + " reachable"
                + (created.isEmpty() ? ", databases present" : ", created " + String.join(", ", created)));
        postgres.slowingSetting().ifPresent(warning -> out.println("postgres: warning: " + warning));
    }

    /** Starts the components that need it, then waits for each of them. */
    private void startAll(List<Component> components, Map<Component, StartDecision> decisions) throws IOException {
        Map<Component, Optional<Process>> started = new LinkedHashMap<>();
        for (Component component : components) {
            started.put(component, startIfNeeded(component, decisions.get(component)));
        }
        for (Map.Entry<Component, Optional<Process>> entry : started.entrySet()) {
            await(entry.getKey(), entry.getValue());
        }
    }

    private Optional<Process> startIfNeeded(Component component, StartDecision decision) throws IOException {
        switch (decision) {
            case ALREADY_RUNNING -> out.println(component.name() + ": already running (pid "
                    + registry.load(component.name()).map(ProcessRecord::pid).orElse(-1L) + ", port "
                    + component.port() + "), left alone");
            case USE_FOREIGN -> out.println(component.name() + ": something not started by ./rapport already "
                    + "answers on port " + component.port() + "; using it");
            case PORT_TAKEN -> throw new IllegalStateException("refused in decide()");
            case START -> {
                component.prepare();
                Path log = config.paths().logFile(component.name());
                Process process = component.start(log);
                startedHere.put(component, process);
                registry.save(ProcessRecord.of(component.name(), process, component.port(), component.command(),
                        component.identity(), log.toString()));
                out.println(component.name() + ": started (pid " + process.pid() + ", log "
                        + config.paths().show(log) + ")");
                return Optional.of(process);
            }
        }
        return Optional.empty();
    }

    private void await(Component component, Optional<Process> process) {
        if (process.isEmpty() && component.isReady()) {
            return; // already running and ready: reported above
        }
        long start = System.nanoTime();
        out.print(component.name() + ": waiting for " + component.probe() + " ");
        out.flush();
        Waiter.Outcome outcome = Waiter.await(component::isReady, () -> process.map(Process::isAlive).orElse(true),
                component.readyTimeout(), out);
        Path log = config.paths().logFile(component.name());
        switch (outcome) {
            case READY -> out.println(" ready in " + Waiter.seconds(start));
            case DIED -> throw new LauncherException(failure(component, "exited (code "
                    + process.get().exitValue() + ")", log));
            case TIMED_OUT -> throw new LauncherException(failure(component, "is not ready after "
                    + component.readyTimeout().toSeconds() + " s", log));
        }
    }

    private String failure(Component component, String what, Path log) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(component.name() + " " + what + ". Its log: " + config.paths().show(log)
                + " (./rapport logs " + component.name() + "). Last lines:");
        LogTail.lastLines(log, 15).forEach(l ->
                lines.add("  | " + (l.length() > 240 ? l.substring(0, 240) + " ..." : l)));
        return String.join("\n", lines);
    }

    /** Stops, newest first, what this run started; components that were running before are left alone. */
    private void rollBack() {
        if (startedHere.isEmpty()) {
            return;
        }
        out.println();
        List<Map.Entry<Component, Process>> started = new ArrayList<>(startedHere.entrySet());
        for (Map.Entry<Component, Process> entry : started.reversed()) {
            Component component = entry.getKey();
            try {
                component.stop(entry.getValue().toHandle(), ROLLBACK_GRACE);
                out.println(component.name() + ": stopped again (this run had started it)");
            } catch (IOException | RuntimeException e) {
                out.println(component.name() + ": could not stop pid " + entry.getValue().pid() + ": " + e);
            }
            if (!entry.getValue().isAlive()) {
                registry.remove(component.name());
            }
        }
        startedHere.clear();
    }
}
