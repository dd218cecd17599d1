package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kustomize base agrees with the services it deploys: ports, probes and environment variable names are the
 * ones the services read, every topic the services use is declared with the retention a rebuild needs, and
 * every Deployment has a disruption budget (deploy/README.md, "Kubernetes").
 */
class KubernetesManifestsTest {

    private static final Path ROOT = RapportPaths.searchUp(Path.of("").toAbsolutePath()).orElseThrow();
    private static final Path BASE = ROOT.resolve("deploy/k8s/base");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([a-zA-Z0-9.\\-\"]+)");
    private static final Pattern QUARKUS_VARIABLE = Pattern.compile("`(QUARKUS_[A-Z0-9_]+)`");
    private static final long THIRTY_DAYS_MS = 30L * 24 * 60 * 60 * 1000;

    private static List<JsonNode> resources() throws IOException {
        List<JsonNode> resources = new ArrayList<>();
        try (Reader kustomization = Files.newBufferedReader(BASE.resolve("kustomization.yaml"))) {
            JsonNode listed = Json.MAPPER.valueToTree(new Yaml().load(kustomization)).path("resources");
            for (JsonNode file : listed) {
                try (Reader reader = Files.newBufferedReader(BASE.resolve(file.asText()))) {
                    for (Object document : new Yaml().loadAll(reader)) {
                        if (document != null) {
                            resources.add(Json.MAPPER.valueToTree(document));
                        }
                    }
                }
            }
        }
        return resources;
    }

    private static List<JsonNode> ofKind(List<JsonNode> resources, String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    private static JsonNode named(List<JsonNode> resources, String kind, String name) {
        return ofKind(resources, kind).stream().filter(r -> r.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static List<Services.Spec> deployed() {
        List<Services.Spec> all = new ArrayList<>(Services.ALL);
        all.add(Services.CONSOLE);
        return all;
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    /**
     * The environment variable form (MicroProfile Config: every character that is not a letter or digit becomes
     * an underscore, then upper case) of every property a service sets or refers to, its own and its libraries',
     * and the Quarkus variables its documentation lists (Quarkus itself reads those).
     */
    private static Set<String> environmentNames(Services.Spec spec) throws IOException {
        List<Path> files = new ArrayList<>(List.of(ROOT.resolve(spec.name()).resolve("src/main/resources/application.properties")));
        try (Stream<Path> libs = Files.list(ROOT.resolve("libs"))) {
            libs.map(lib -> lib.resolve("src/main/resources/META-INF/microprofile-config.properties"))
                    .filter(Files::exists).forEach(files::add);
        }
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            Properties properties = properties(file);
            for (String key : properties.stringPropertyNames()) {
                names.add(environmentName(key.replaceFirst("^%[^.]+\\.", "")));
                Matcher references = REFERENCE.matcher(properties.getProperty(key));
                while (references.find()) {
                    names.add(environmentName(references.group(1)));
                }
            }
        }
        for (Path doc : List.of(ROOT.resolve(spec.name()).resolve("README.md"), ROOT.resolve("docs/" + spec.name() + ".md"))) {
            if (Files.exists(doc)) {
                Matcher documented = QUARKUS_VARIABLE.matcher(Files.readString(doc));
                while (documented.find()) {
                    names.add(documented.group(1));
                }
            }
        }
        return names;
    }

    private static String environmentName(String property) {
        return property.replaceAll("[^a-zA-Z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** Names of the variables a Deployment's container gets: its env, and the keys of what envFrom brings in. */
    private static Set<String> variables(List<JsonNode> resources, JsonNode container) {
        Set<String> names = new TreeSet<>();
        container.path("env").forEach(e -> names.add(e.path("name").asText()));
        for (JsonNode from : container.path("envFrom")) {
            JsonNode source = from.has("configMapRef")
                    ? named(resources, "ConfigMap", from.path("configMapRef").path("name").asText()).path("data")
                    : named(resources, "Secret", from.path("secretRef").path("name").asText()).path("stringData");
            source.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    @Test
    void portsProbesAndVariablesAreTheOnesTheServicesUse() throws IOException {
        List<JsonNode> resources = resources();
        for (Services.Spec spec : deployed()) {
            JsonNode container = named(resources, "Deployment", spec.name())
                    .path("spec").path("template").path("spec").path("containers").get(0);
            String port = properties(ROOT.resolve(spec.name()).resolve("src/main/resources/application.properties"))
                    .getProperty("quarkus.http.port");
            assertThat(port).as(spec.name()).isEqualTo(Integer.toString(spec.port()));
            assertThat(container.path("ports").get(0).path("containerPort").asInt()).as(spec.name())
                    .isEqualTo(spec.port());
            assertThat(named(resources, "Service", spec.name()).path("spec").path("ports").get(0).path("port").asInt())
                    .as(spec.name()).isEqualTo(spec.port());
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                JsonNode http = container.path(probe).path("httpGet");
                assertThat(http.path("port").asText()).as(spec.name() + " " + probe).isEqualTo("http");
                assertThat(http.path("path").asText()).as(spec.name() + " " + probe).startsWith("/q/health/");
            }
            // the startup budget covers the slowest start measured with every service starting at once (27 s)
            JsonNode startup = container.path("startupProbe");
            assertThat(startup.path("periodSeconds").asInt() * startup.path("failureThreshold").asInt())
                    .as(spec.name()).isGreaterThanOrEqualTo(90);
            Set<String> known = environmentNames(spec);
            assertThat(variables(resources, container)).as(spec.name() + ": variables no property reads")
                    .isNotEmpty().allSatisfy(name -> assertThat(known).as(name).contains(name));
        }
    }

    @Test
    void everyTopicTheServicesUseIsDeclaredWithItsRetention() throws IOException {
        Set<String> expected = new TreeSet<>(Set.of("rapport.customers", "rapport.feedback", "rapport.data-keys"));
        for (Services.Spec spec : Services.ALL) {
            Properties properties = properties(ROOT.resolve(spec.name()).resolve("src/main/resources/application.properties"));
            String group = properties.getProperty("rapport.messaging.consumer.group-id");
            if (group != null) {
                expected.add("rapport.dlq." + group);
                expected.addAll(List.of(properties.getProperty("rapport.messaging.consumer.topics").split(",")));
            }
        }
        List<JsonNode> topics = ofKind(resources(), "KafkaTopic");
        assertThat(topics).extracting(t -> t.path("spec").path("topicName").asText())
                .containsExactlyInAnyOrderElementsOf(expected);
        for (JsonNode topic : topics) {
            JsonNode spec = topic.path("spec");
            String name = spec.path("topicName").asText();
            assertThat(topic.path("metadata").path("labels").path("strimzi.io/cluster").asText())
                    .as(name).isEqualTo("rapport-kafka");
            assertThat(spec.path("partitions").asInt()).as(name).isEqualTo(3);
            long retention = spec.path("config").path("retention.ms").asLong();
            if (name.equals("rapport.data-keys")) {
                // compacted, so that a shredded key's old value leaves the log (docs/erasure.md)
                assertThat(spec.path("config").path("cleanup.policy").asText()).isEqualTo("compact");
                assertThat(spec.path("config").path("max.compaction.lag.ms").asLong()).isEqualTo(3_600_000);
            } else if (name.startsWith("rapport.dlq.")) {
                assertThat(retention).as(name).isEqualTo(THIRTY_DAYS_MS);
            } else {
                assertThat(retention).as(name + " keeps every event").isEqualTo(-1);
                assertThat(spec.path("config").path("retention.bytes").asLong()).as(name).isEqualTo(-1);
            }
        }
    }

    @Test
    void everyDeploymentHasADisruptionBudgetAndOnlyKpiServiceRunsAlone() throws IOException {
        List<JsonNode> resources = resources();
        List<JsonNode> budgets = ofKind(resources, "PodDisruptionBudget");
        for (JsonNode deployment : ofKind(resources, "Deployment")) {
            String name = deployment.path("metadata").path("name").asText();
            JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
            assertThat(budgets).as(name).anySatisfy(budget -> assertThat(StreamSupport
                    .stream(budget.path("spec").path("selector").path("matchLabels").properties().spliterator(), false)
                    .allMatch(label -> labels.path(label.getKey()).asText().equals(label.getValue().asText())))
                    .isTrue());
            boolean scaled = ofKind(resources, "HorizontalPodAutoscaler").stream()
                    .anyMatch(h -> h.path("spec").path("scaleTargetRef").path("name").asText().equals(name));
            if (name.equals("kpi-service")) {
                // a rebuild is not coordinated between instances: never two, not even during a rollout
                assertThat(scaled).isFalse();
                assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(1);
                assertThat(deployment.path("spec").path("strategy").path("type").asText()).isEqualTo("Recreate");
            } else {
                assertThat(scaled).as(name).isTrue();
                assertThat(deployment.path("spec").path("replicas").asInt()).as(name).isGreaterThanOrEqualTo(2);
            }
        }
    }
}
