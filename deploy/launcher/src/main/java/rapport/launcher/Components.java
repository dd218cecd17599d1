package rapport.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The process components of a local run, built from the configuration, in start order. */
final class Components {

    private Components() {
    }

    /**
     * The selected components this machine runs itself: Kafka unless RAPPORT_KAFKA_BOOTSTRAP is set, Keycloak unless
     * RAPPORT_OIDC_ISSUER is set, the services and the web console.
     */
    static List<Component> local(LauncherConfig config, Selection selection, PrintStream out) {
        List<Component> components = new ArrayList<>();
        if (selection.includes("kafka") && config.startsKafka()) {
            components.add(new KafkaComponent(config.paths()));
        }
        if (selection.includes("keycloak") && config.startsKeycloak()) {
            components.add(new Keycloak(config, out));
        }
        for (Services.Spec spec : Services.ALL) {
            if (selection.includes(spec.name())) {
                components.add(new ServiceComponent(spec, config));
            }
        }
        if (selection.includes(Services.CONSOLE.name())) {
            components.add(new ServiceComponent(Services.CONSOLE, config));
        }
        return components;
    }
}
