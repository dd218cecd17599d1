package rapport.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code up}: PostgreSQL databases, then Kafka and Keycloak (started together, awaited together), then the three
 * services (likewise). A component whose recorded process still runs is left alone.
 */
final class UpCommand {

    private final LauncherConfig config;
    private final ProcessRegistry registry;
    private final PrintStream out;

    UpCommand(LauncherConfig config, PrintStream out) {
        this.config = config;
        this.registry = new ProcessRegistry(config.paths().runDir());
        this.out = out;
    }

    int run(Selection selection) throws IOException, SQLException {
        long start = System.nanoTime();
        if (selection.includes("postgres")) {
            preparePostgres();
        }
        List<Component> components = Components.local(config, selection, out);
        List<Component> infrastructure = components.stream().filter(c -> !(c instanceof ServiceComponent)).toList();
        List<Component> services = components.stream().filter(c -> c instanceof ServiceComponent).toList();
        services.forEach(c -> ((ServiceComponent) c).prepare());
        startAll(infrastructure);
        startAll(services);
        out.println();
        out.println("All healthy in " + Waiter.seconds(start) + ".");
        new UpSummary(config, selection, out).print();
        return 0;
    }

    private void preparePostgres() throws IOException, SQLException {
        Postgres postgres = new Postgres(config, out);
        postgres.ensureRunning();
        List<String> created = postgres.createDatabases(Services.databases());
        out.println("postgres: " + config.pgUrl().server() + " reachable"
                + (created.isEmpty() ? ", databases present" : ", created " + String.join(", ", created)));
    }

    /** Starts the components that need it, then waits for each of them. */
    private void startAll(List<Component> components) throws IOException {
        Map<Component, Optional<Process>> started = new LinkedHashMap<>();
        for (Component component : components) {
            started.put(component, startIfNeeded(component));
        }
        for (Map.Entry<Component, Optional<Process>> entry : started.entrySet()) {
            await(entry.getKey(), entry.getValue());
        }
    }

    private Optional<Process> startIfNeeded(Component component) throws IOException {
        Optional<ProcessRecord> record = registry.running(component.name());
        boolean portOpen = Probes.tcpOpen("127.0.0.1", component.port());
        StartDecision decision = StartDecision.decide(record.isPresent(), portOpen, portOpen && component.isReady());
        switch (decision) {
            case ALREADY_RUNNING -> out.println(component.name() + ": already running (pid " + record.get().pid()
                    + ", port " + component.port() + "), left alone");
            case USE_FOREIGN -> out.println(component.name() + ": something not started by ./rapport already "
                    + "answers on port " + component.port() + "; using it");
            case PORT_TAKEN -> throw new LauncherException(component.name() + ": port " + component.port()
                    + " is taken by a process ./rapport did not start, and " + component.probe()
                    + " does not answer. Stop that process (see `ss -ltnp`) and run ./rapport up again.");
            case START -> {
                component.prepare();
                Path log = config.paths().logFile(component.name());
                Process process = component.start(log);
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
        lines.add("What started is still running; ./rapport down stops it.");
        return String.join("\n", lines);
    }
}
