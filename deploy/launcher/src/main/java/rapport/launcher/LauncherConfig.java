package rapport.launcher;

import java.util.Map;
import java.util.Optional;

/**
 * Settings from the environment, with the defaults of a local run. Blank variables count as unset.
 *
 * @param pgUrl          RAPPORT_PG_URL, else the local default 127.0.0.1 on RAPPORT_PG_PORT (5432)
 * @param pgConfigured   whether RAPPORT_PG_URL names the server: then it must answer, and no embedded server starts
 * @param externalKafka  RAPPORT_KAFKA_BOOTSTRAP: a Kafka to use instead of starting one
 * @param externalIssuer RAPPORT_OIDC_ISSUER: an OIDC issuer to use instead of starting Keycloak
 */
record LauncherConfig(RapportPaths paths, PgUrl pgUrl, boolean pgConfigured, String pgUser, String pgPassword,
        Optional<String> externalKafka, Optional<String> externalIssuer, String keycloakAdmin,
        String keycloakAdminPassword, String mavenRepo) {

    static final String LOCAL_KAFKA = "127.0.0.1:9092";
    static final String DEFAULT_ISSUER = "http://127.0.0.1:8180/realms/rapport";
    static final String MAVEN_CENTRAL = "https://repo.maven.apache.org/maven2";

    static LauncherConfig from(Map<String, String> env, RapportPaths paths) {
        Optional<String> pgUrl = get(env, "RAPPORT_PG_URL");
        return new LauncherConfig(paths,
                pgUrl.map(PgUrl::parse).orElseGet(() -> PgUrl.local(get(env, "RAPPORT_PG_PORT").map(
                        LauncherConfig::port).orElse(PgUrl.DEFAULT_PORT))),
                pgUrl.isPresent(),
                get(env, "RAPPORT_PG_USER").orElse("postgres"),
                env.getOrDefault("RAPPORT_PG_PASSWORD", ""),
                get(env, "RAPPORT_KAFKA_BOOTSTRAP"),
                get(env, "RAPPORT_OIDC_ISSUER").map(LauncherConfig::stripSlash),
                get(env, "RAPPORT_KEYCLOAK_ADMIN").orElse("admin"),
                get(env, "RAPPORT_KEYCLOAK_ADMIN_PASSWORD").orElse("admin"),
                get(env, "RAPPORT_MAVEN_REPO").map(LauncherConfig::stripSlash).orElse(MAVEN_CENTRAL));
    }

    static LauncherConfig fromEnvironment() {
        return from(System.getenv(), RapportPaths.locate());
    }

    private static Optional<String> get(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LauncherException("RAPPORT_PG_PORT is not a port number (1-65535): " + value);
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    String kafkaBootstrap() {
        return externalKafka.orElse(LOCAL_KAFKA);
    }

    String issuer() {
        return externalIssuer.orElse(DEFAULT_ISSUER);
    }

    boolean startsKafka() {
        return externalKafka.isEmpty();
    }

    boolean startsKeycloak() {
        return externalIssuer.isEmpty();
    }
}
