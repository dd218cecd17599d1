package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {

    private final RapportPaths paths = new RapportPaths(Path.of("/repo"));

    @Test
    void defaultsForALocalRun() {
        LauncherConfig config = LauncherConfig.from(Map.of(), paths);
        assertThat(config.pgUrl().withDatabase("x")).isEqualTo("jdbc:postgresql://127.0.0.1:5432/x");
        assertThat(config.pgConfigured()).isFalse();
        assertThat(config.pgUser()).isEqualTo("postgres");
        assertThat(config.pgPassword()).isEmpty();
        assertThat(config.startsKafka()).isTrue();
        assertThat(config.kafkaBootstrap()).isEqualTo("127.0.0.1:9092");
        assertThat(config.startsKeycloak()).isTrue();
        assertThat(config.issuer()).isEqualTo("http://127.0.0.1:8180/realms/rapport");
        assertThat(config.keycloakAdmin()).isEqualTo("admin");
        assertThat(config.keycloakAdminPassword()).isEqualTo("admin");
        assertThat(config.mavenRepo()).isEqualTo("https://repo.maven.apache.org/maven2");
    }

    @Test
    void environmentOverrides() {
        LauncherConfig config = LauncherConfig.from(Map.of(
                "RAPPORT_PG_URL", "jdbc:postgresql://db.example:6543/",
                "RAPPORT_PG_USER", "rapport",
                "RAPPORT_PG_PASSWORD", "secret",
                "RAPPORT_KAFKA_BOOTSTRAP", "kafka:9092",
                "RAPPORT_OIDC_ISSUER", "https://sso.example/realms/rapport/",
                "RAPPORT_KEYCLOAK_ADMIN", "root",
                "RAPPORT_KEYCLOAK_ADMIN_PASSWORD", "pw"), paths);
        assertThat(config.pgUrl().withDatabase("rapport_kpi"))
                .isEqualTo("jdbc:postgresql://db.example:6543/rapport_kpi");
        assertThat(config.pgConfigured()).isTrue();
        assertThat(config.pgUser()).isEqualTo("rapport");
        assertThat(config.pgPassword()).isEqualTo("secret");
        assertThat(config.startsKafka()).isFalse();
        assertThat(config.kafkaBootstrap()).isEqualTo("kafka:9092");
        assertThat(config.startsKeycloak()).isFalse();
        assertThat(config.issuer()).isEqualTo("https://sso.example/realms/rapport");
        assertThat(config.keycloakAdmin()).isEqualTo("root");
    }

    @Test
    void theLocalPostgresPortIsConfigurableWithoutNamingAServer() {
        LauncherConfig config = LauncherConfig.from(Map.of("RAPPORT_PG_PORT", "55432"), paths);
        assertThat(config.pgUrl().server()).isEqualTo("127.0.0.1:55432");
        assertThat(config.pgConfigured()).as("the embedded fallback stays allowed").isFalse();
        assertThatThrownBy(() -> LauncherConfig.from(Map.of("RAPPORT_PG_PORT", "54x"), paths))
                .isInstanceOf(LauncherException.class).hasMessageContaining("RAPPORT_PG_PORT");
        assertThatThrownBy(() -> LauncherConfig.from(Map.of("RAPPORT_PG_PORT", "70000"), paths))
                .isInstanceOf(LauncherException.class).hasMessageContaining("1-65535");
    }

    @Test
    void blankVariablesCountAsUnset() {
        LauncherConfig config = LauncherConfig.from(Map.of("RAPPORT_KAFKA_BOOTSTRAP", " ", "RAPPORT_OIDC_ISSUER", ""),
                paths);
        assertThat(config.startsKafka()).isTrue();
        assertThat(config.startsKeycloak()).isTrue();
    }

    @Test
    void servicesGetTheirDatabaseAndTheSharedSettings() {
        LauncherConfig config = LauncherConfig.from(Map.of("RAPPORT_PG_PASSWORD", "pw"), paths);
        Services.Spec kpi = Services.byName("kpi-service").orElseThrow();
        assertThat(Services.env(kpi, config)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "QUARKUS_HTTP_PORT", "8083",
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/rapport_kpi",
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "pw",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092",
                "RAPPORT_OIDC_ISSUER", "http://127.0.0.1:8180/realms/rapport"));
        assertThat(Services.databases()).containsExactly("rapport_customer", "rapport_feedback", "rapport_kpi");
    }

    @Test
    void customerServiceGetsTheAddressesItsExportLinksTo() {
        LauncherConfig config = LauncherConfig.from(Map.of(), paths);
        assertThat(Services.env(Services.byName("customer-service").orElseThrow(), config))
                .containsEntry("RAPPORT_CUSTOMER_FEEDBACK_SERVICE_URL", "http://127.0.0.1:8082")
                .containsEntry("RAPPORT_CUSTOMER_KPI_SERVICE_URL", "http://127.0.0.1:8083")
                .doesNotContainKey("RAPPORT_CUSTOMER_CUSTOMER_SERVICE_URL")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/rapport_customer");
    }

    @Test
    void theConsoleGetsTheIssuerAndTheServicesAddressesButNoDatabase() {
        LauncherConfig config = LauncherConfig.from(Map.of("RAPPORT_OIDC_ISSUER", "http://sso.test/realms/rapport"),
                paths);
        assertThat(Services.env(Services.byName("web-console").orElseThrow(), config))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "QUARKUS_HTTP_PORT", "8080",
                        "RAPPORT_OIDC_ISSUER", "http://sso.test/realms/rapport",
                        "RAPPORT_CONSOLE_CUSTOMER_SERVICE_URL", "http://127.0.0.1:8081",
                        "RAPPORT_CONSOLE_FEEDBACK_SERVICE_URL", "http://127.0.0.1:8082",
                        "RAPPORT_CONSOLE_KPI_SERVICE_URL", "http://127.0.0.1:8083"));
    }

    @Test
    void pathsLiveUnderTheRoot() {
        assertThat(paths.runDir()).isEqualTo(Path.of("/repo/.rapport/run"));
        assertThat(paths.logFile("kafka")).isEqualTo(Path.of("/repo/.rapport/logs/kafka.log"));
        assertThat(paths.kafkaDataDir()).isEqualTo(Path.of("/repo/.rapport/data/kafka"));
        assertThat(paths.postgresDataDir()).isEqualTo(Path.of("/repo/.rapport/data/postgres"));
        assertThat(paths.keycloakHome("26.5.6")).isEqualTo(Path.of("/repo/.rapport/keycloak-26.5.6"));
        assertThat(paths.serviceJar("kpi-service"))
                .isEqualTo(Path.of("/repo/kpi-service/target/quarkus-app/quarkus-run.jar"));
        assertThat(paths.show(Path.of("/repo/.rapport/logs/x.log"))).isEqualTo(".rapport/logs/x.log");
        assertThat(paths.show(Path.of("/elsewhere/x"))).isEqualTo("/elsewhere/x");
    }

    @Test
    void rootIsFoundAboveTheWorkingDirectory() {
        assertThat(RapportPaths.searchUp(Path.of("").toAbsolutePath()))
                .hasValueSatisfying(root -> assertThat(root.resolve("deploy/launcher/pom.xml")).exists());
    }
}
