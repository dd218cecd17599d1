package rapport.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The three Rapport services: their ports, databases, and the environment the launcher gives them. */
final class Services {

    record Spec(String name, int port, String database) {
    }

    static final List<Spec> ALL = List.of(
            new Spec("customer-service", 8081, "rapport_customer"),
            new Spec("feedback-service", 8082, "rapport_feedback"),
            new Spec("kpi-service", 8083, "rapport_kpi"));

    private Services() {
    }

    static Optional<Spec> byName(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    static List<String> databases() {
        return ALL.stream().map(Spec::database).toList();
    }

    /** The configuration a service gets through its environment (QUARKUS_HTTP_PORT is set by ServiceProcess). */
    static Map<String, String> env(Spec spec, LauncherConfig config) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.pgUrl().withDatabase(spec.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", config.pgUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", config.pgPassword());
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrap());
        env.put("RAPPORT_OIDC_ISSUER", config.issuer());
        return env;
    }
}
