package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Every YAML file under deploy/ and docker-compose.yml parses, and holds what the services need. */
class DeployFilesTest {

    private static final Path ROOT = RapportPaths.searchUp(Path.of("").toAbsolutePath()).orElseThrow();
    private static final List<String> SERVICE_ENV = List.of("QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
            "RAPPORT_OIDC_ISSUER", "RAPPORT_OIDC_JWKS_URL");

    /** All documents of a YAML file; SnakeYAML resolves anchors, aliases and merge keys as compose does. */
    private static List<JsonNode> documents(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<JsonNode> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    documents.add(Json.MAPPER.valueToTree(document));
                }
            }
            return documents;
        }
    }

    private static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve("docker-compose.yml")));
        try (Stream<Path> all = Files.walk(ROOT.resolve("deploy"))) {
            all.filter(p -> p.toString().matches(".*\\.ya?ml$") && !p.toString().contains("/target/"))
                    .forEach(files::add);
        }
        return files;
    }

    @Test
    void everyYamlFileParses() throws IOException {
        List<Path> files = yamlFiles();
        assertThat(files).hasSizeGreaterThan(4);
        for (Path file : files) {
            assertThat(documents(file)).as(file.toString()).isNotEmpty();
        }
    }

    @Test
    void composeWiresTheServicesToTheirInfrastructure() throws IOException {
        JsonNode services = documents(ROOT.resolve("docker-compose.yml")).get(0).path("services");
        assertThat(services.path("postgres").path("image").asText()).isEqualTo("postgres:15");
        assertThat(services.path("kafka").path("image").asText()).isEqualTo("apache/kafka:4.1.1");
        assertThat(services.path("keycloak").path("image").asText()).isEqualTo("quay.io/keycloak/keycloak:26.5.6");
        for (Services.Spec spec : Services.ALL) {
            JsonNode service = services.path(spec.name());
            assertThat(service.path("build").path("dockerfile").asText()).isEqualTo("src/main/docker/Dockerfile.jvm");
            assertThat(ROOT.resolve(spec.name()).resolve("src/main/docker/Dockerfile.jvm")).exists();
            JsonNode env = service.path("environment");
            for (String key : SERVICE_ENV) {
                assertThat(env.has(key)).as(spec.name() + " " + key).isTrue();
            }
            assertThat(env.path("QUARKUS_DATASOURCE_JDBC_URL").asText()).endsWith("/" + spec.database());
            assertThat(env.path("QUARKUS_HTTP_PORT").asText())
                    .isEqualTo(Integer.toString(spec.port()));
            for (String dependency : List.of("postgres", "kafka", "keycloak")) {
                assertThat(service.path("depends_on").path(dependency).path("condition").asText())
                        .isEqualTo("service_healthy");
            }
        }
    }

    @Test
    void composeLinksCustomerServicesExportToThePublishedPortsOfTheOthers() throws IOException {
        JsonNode env = documents(ROOT.resolve("docker-compose.yml")).get(0).path("services").path("customer-service")
                .path("environment");
        List<Services.Spec> others = Services.ALL.stream().filter(s -> !s.name().equals("customer-service")).toList();
        for (Services.Spec other : others) {
            assertThat(env.path(Services.urlVariable("RAPPORT_CUSTOMER_", other)).asText()).as(other.name())
                    .isEqualTo("http://127.0.0.1:" + other.port());
        }
    }

    @Test
    void composeRunsTheConsoleAgainstTheServicesAndThePublicIssuer() throws IOException {
        JsonNode console = documents(ROOT.resolve("docker-compose.yml")).get(0).path("services").path("web-console");
        assertThat(ROOT.resolve("web-console/src/main/docker/Dockerfile.jvm")).exists();
        JsonNode env = console.path("environment");
        assertThat(env.path("QUARKUS_HTTP_PORT").asText()).isEqualTo("8080");
        assertThat(env.path("RAPPORT_OIDC_ISSUER").asText()).isEqualTo("http://127.0.0.1:8180/realms/rapport");
        assertThat(env.path("RAPPORT_OIDC_SERVER_URL").asText()).isEqualTo("http://keycloak:8180/realms/rapport");
        for (Services.Spec spec : Services.ALL) {
            String key = Services.urlVariable("RAPPORT_CONSOLE_", spec);
            assertThat(env.path(key).asText()).isEqualTo("http://" + spec.name() + ":" + spec.port());
        }
        assertThat(console.path("ports").get(0).asText()).isEqualTo("127.0.0.1:8080:8080");
        assertThat(console.path("depends_on").path("keycloak").path("condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void kustomizeBaseListsExistingFilesAndProbesEveryService() throws IOException {
        Path base = ROOT.resolve("deploy/k8s/base");
        List<JsonNode> resources = new ArrayList<>();
        for (JsonNode resource : documents(base.resolve("kustomization.yaml")).get(0).path("resources")) {
            assertThat(base.resolve(resource.asText())).exists();
            resources.addAll(documents(base.resolve(resource.asText())));
        }
        List<JsonNode> deployments = resources.stream().filter(r -> r.path("kind").asText().equals("Deployment"))
                .toList();
        assertThat(deployments).extracting(d -> d.path("metadata").path("name").asText())
                .containsExactlyInAnyOrder("customer-service", "feedback-service", "kpi-service", "web-console");
        for (JsonNode deployment : deployments) {
            JsonNode pod = deployment.path("spec").path("template").path("spec");
            assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
            JsonNode container = pod.path("containers").get(0);
            assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/ready");
            assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                    .isEqualTo("/q/health/live");
            assertThat(container.has("startupProbe")).isTrue();
            List<String> envFrom = StreamSupport.stream(container.path("envFrom").spliterator(), false)
                    .map(e -> e.findPath("name").asText()).toList();
            String name = deployment.path("metadata").path("name").asText();
            if (name.equals("web-console")) {
                // stores nothing: no database, only the key of its session cookies
                assertThat(envFrom).containsExactly("rapport-config", "web-console-session");
                continue;
            }
            assertThat(container.path("resources").path("requests").path("memory").asText()).isEqualTo("320Mi");
            assertThat(container.path("resources").path("limits").path("memory").asText()).isEqualTo("512Mi");
            assertThat(envFrom).contains("rapport-config", name + "-db");
        }
        List<JsonNode> secrets = resources.stream().filter(r -> r.path("kind").asText().equals("Secret")).toList();
        assertThat(secrets).hasSize(4).allSatisfy(s -> assertThat(s.path("stringData").toString()).contains("REPLACE-ME"));
        assertThat(secrets).filteredOn(s -> s.path("stringData").has("QUARKUS_DATASOURCE_PASSWORD")).hasSize(3);
    }
}
