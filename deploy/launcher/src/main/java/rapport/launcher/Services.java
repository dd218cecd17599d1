package rapport.launcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The three Rapport services (their ports, databases, and the environment the launcher gives them) and the web
 * console, which stores nothing and calls them.
 */
final class Services {

    /** {@code database} is null for the web console. */
    record Spec(String name, int port, String database) {
    }

    static final List<Spec> ALL = List.of(
            new Spec("customer-service", 8081, "rapport_customer"),
            new Spec("feedback-service", 8082, "rapport_feedback"),
            new Spec("kpi-service", 8083, "rapport_kpi"));

    static final Spec CONSOLE = new Spec("web-console", 8080, null);

    private Services() {
    }

    /** The variable naming where {@code service} answers, e.g. RAPPORT_CONSOLE_FEEDBACK_SERVICE_URL. */
    static String urlVariable(String prefix, Spec service) {
        return prefix + service.name().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }

    private static String localUrl(Spec service) {
        return "http://127.0.0.1:" + service.port();
    }

    static Optional<Spec> byName(String name) {
        return CONSOLE.name().equals(name) ? Optional.of(CONSOLE)
                : ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    static List<String> databases() {
        return ALL.stream().map(Spec::database).toList();
    }

    /** The configuration a service gets through its environment (QUARKUS_HTTP_PORT is set by ServiceProcess). */
    static Map<String, String> env(Spec spec, LauncherConfig config) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        if (spec.database() == null) {
            // the console signs users in at the issuer and calls the services on their standard ports
            env.put("RAPPORT_OIDC_ISSUER", config.issuer());
            ALL.forEach(service -> env.put(urlVariable("RAPPORT_CONSOLE_", service), localUrl(service)));
            return env;
        }
        if (spec.name().equals("customer-service")) {
            // its subject-access export links to the other services' exports (docs/customer-service.md)
            ALL.stream().filter(other -> other != spec)
                    .forEach(other -> env.put(urlVariable("RAPPORT_CUSTOMER_", other), localUrl(other)));
        }
        env.put("QUARKUS_DATASOURCE_JDBC_URL", config.pgUrl().withDatabase(spec.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", config.pgUser());
        env.put("QUARKUS_DATASOURCE_PASSWORD", config.pgPassword());
        env.put("KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrap());
        env.put("RAPPORT_OIDC_ISSUER", config.issuer());
        return env;
    }
}
