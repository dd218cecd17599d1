package rapport.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code down}: stops what `up` recorded in .rapport/run: the services first (together), then Keycloak, Kafka and
 * the embedded PostgreSQL. A pid that no longer runs the recorded command is not touched, and neither is a server
 * ./rapport did not start.
 */
final class DownCommand {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final LauncherConfig config;
    private final ProcessRegistry registry;
    private final Map<String, Component> components;
    private final PrintStream out;

    DownCommand(LauncherConfig config, PrintStream out) {
        this.config = config;
        this.registry = new ProcessRegistry(config.paths().runDir());
        this.components = Components.local(config, Selection.all(), out).stream()
                .collect(Collectors.toMap(Component::name, Function.identity()));
        this.out = out;
    }

    int run(Selection selection) throws IOException {
        try (LauncherLock lock = LauncherLock.acquire(config.paths(), "down", out)) {
            boolean foreignPostgres = registry.load(PostgresComponent.NAME).isEmpty();
            List<String> order = selection.inStopOrder();
            stopTogether(order.stream().filter(DownCommand::isApplication).toList());
            order.stream().filter(name -> !isApplication(name))
                    .forEach(name -> stopTogether(List.of(name)));
            if (selection.includes(PostgresComponent.NAME) && foreignPostgres) {
                out.println("postgres: not started by ./rapport; left running");
            }
        }
        return 0;
    }

    /** The console and the services stop together; Keycloak and Kafka one after the other, after them. */
    private static boolean isApplication(String name) {
        return Selection.SERVICES.contains(name) || Services.CONSOLE.name().equals(name);
    }

    /** Signals all at once, waits for all, then reports in order. */
    private void stopTogether(List<String> names) {
        List<CompletableFuture<String>> stops = new ArrayList<>();
        for (String name : names) {
            Optional<ProcessRecord> record = registry.load(name);
            record.ifPresent(r -> stops.add(CompletableFuture.supplyAsync(() -> stop(r))));
        }
        stops.forEach(stop -> out.println(stop.join()));
    }

    private String stop(ProcessRecord record) {
        String result = switch (ProcessInspector.check(record)) {
            case GONE -> "not running (pid " + record.pid() + " is gone)";
            case REUSED -> "pid " + record.pid() + " now runs something else; not touching it";
            case OURS -> {
                long start = System.nanoTime();
                boolean graceful = ProcessHandle.of(record.pid()).map(handle -> stop(record.name(), handle))
                        .orElse(true);
                yield "stopped pid " + record.pid() + (graceful ? "" : " (killed after " + GRACE.toSeconds() + " s)")
                        + " in " + Waiter.seconds(start);
            }
        };
        registry.remove(record.name());
        return record.name() + ": " + result;
    }

    private boolean stop(String name, ProcessHandle handle) {
        Component component = components.get(name);
        try {
            return component == null ? ChildProcess.terminate(handle, GRACE) : component.stop(handle, GRACE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
