package rapport.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * {@code down}: stops what `up` recorded in .rapport/run: the services first (together), then Keycloak, then Kafka.
 * A pid that no longer runs the recorded command is not touched. PostgreSQL is never stopped.
 */
final class DownCommand {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private final ProcessRegistry registry;
    private final PrintStream out;

    DownCommand(LauncherConfig config, PrintStream out) {
        this.registry = new ProcessRegistry(config.paths().runDir());
        this.out = out;
    }

    int run(Selection selection) {
        List<String> order = selection.processesInStopOrder();
        stopTogether(order.stream().filter(DownCommand::isApplication).toList());
        order.stream().filter(name -> !isApplication(name)).forEach(name -> stopTogether(List.of(name)));
        if (selection.includes("postgres")) {
            out.println("postgres: left running (./rapport down never stops PostgreSQL)");
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
                boolean graceful = ProcessHandle.of(record.pid())
                        .map(handle -> ChildProcess.terminate(handle, GRACE)).orElse(true);
                yield "stopped pid " + record.pid() + (graceful ? "" : " (killed after " + GRACE.toSeconds() + " s)")
                        + " in " + Waiter.seconds(start);
            }
        };
        registry.remove(record.name());
        return record.name() + ": " + result;
    }
}
