package rapport.launcher;

import java.io.PrintStream;
import java.util.Optional;

/** {@code status}: one line per component: running or stopped, pid, port, health. */
final class StatusCommand {

    private static final String FORMAT = "%-17s %-26s %-8s %-6s %s%n";

    private final LauncherConfig config;
    private final ProcessRegistry registry;
    private final PrintStream out;

    StatusCommand(LauncherConfig config, PrintStream out) {
        this.config = config;
        this.registry = new ProcessRegistry(config.paths().runDir());
        this.out = out;
    }

    int run() {
        out.printf(FORMAT, "COMPONENT", "STATE", "PID", "PORT", "HEALTH");
        if (config.pgConfigured()) {
            String problem = new Postgres(config).problem();
            out.printf(FORMAT, "postgres", "external", "-", config.pgUrl().port(), config.pgUrl().server()
                    + (problem == null ? " accepts connections" : " DOWN: " + problem));
        }
        if (!config.startsKafka()) {
            boolean up = Probes.tcpOpen(config.kafkaBootstrap());
            out.printf(FORMAT, "kafka", "external", "-", "-", config.kafkaBootstrap() + (up ? " reachable" : " DOWN"));
        }
        if (!config.startsKeycloak()) {
            out.printf(FORMAT, "keycloak", "external", "-", "-", config.issuer());
        }
        for (Component component : Components.local(config, Selection.all(), out)) {
            line(component);
        }
        return 0;
    }

    private void line(Component component) {
        Optional<ProcessRecord> record = registry.running(component.name());
        boolean ready = component.isReady();
        String state;
        if (record.isPresent()) {
            state = component instanceof PostgresComponent ? "running (embedded)" : "running";
        } else if (Probes.tcpOpen("127.0.0.1", component.port())) {
            state = "running (not by ./rapport)";
        } else {
            state = "stopped";
        }
        String health = state.equals("stopped") ? "-"
                : (ready ? "ready" : "NOT READY") + " (" + component.probe() + ")";
        out.printf(FORMAT, component.name(), state, record.map(r -> Long.toString(r.pid())).orElse("-"),
                component.port(), health);
    }
}
