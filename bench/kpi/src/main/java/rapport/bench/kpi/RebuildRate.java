package rapport.bench.kpi;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.tools.ConsumerPerformance;
import rapport.events.EventType;
import rapport.events.Topics;
import rapport.events.customer.InteractionLogged;
import rapport.testing.TestEvents;

/**
 * Puts contract-valid interaction events on rapport.customers, reads them with Kafka's own
 * ConsumerPerformance (the ceiling: consuming without doing anything), then rebuilds kpi-service's
 * read model from the same topic and reports both rates.
 */
final class RebuildRate {

    record Result(long events, double kafkaMessagesPerSecond, String kafkaReport, double rebuildEventsPerSecond,
            double rebuildSeconds) {
    }

    private final String kafka;

    RebuildRate(String kafka) {
        this.kafka = kafka;
    }

    long produce(int events, int customers) throws Exception {
        Random random = new Random(7);
        UUID[] ids = new UUID[customers];
        for (int i = 0; i < customers; i++) {
            ids[i] = UUID.randomUUID();
        }
        Instant start = DataGenerator.YEAR_START;
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 20, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < events; i++) {
                UUID customer = ids[random.nextInt(customers)];
                Instant at = start.plusSeconds(random.nextInt(365 * 86400));
                InteractionLogged payload = new InteractionLogged(UUID.randomUUID(), customer, "rebuild-00",
                        UUID.randomUUID(), "ENQUIRY", true, "ann", at, at.plusSeconds(60), i, "PHONE", "INBOUND",
                        "ENQUIRY", random.nextBoolean() ? "RESOLVED" : "FOLLOW_UP_REQUIRED", 5 + random.nextInt(20),
                        List.of());
                String json = TestEvents.cloudEvent(EventType.INTERACTION_LOGGED, "rebuild-00", customer, payload);
                sent.add(producer.send(new ProducerRecord<>(Topics.CUSTOMERS, customer.toString(), json)));
            }
            producer.flush();
        }
        for (Future<RecordMetadata> future : sent) {
            future.get();
        }
        return events;
    }

    /** Runs ConsumerPerformance in this JVM and returns its report line (rates in its own columns). */
    String[] kafkaConsumerPerformance(long events) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ConsumerPerformance.main(new String[] { "--bootstrap-server", kafka, "--topic", Topics.CUSTOMERS,
                "--messages", Long.toString(events), "--timeout", "60000" });
        } finally {
            System.setOut(original);
        }
        String[] lines = captured.toString(StandardCharsets.UTF_8).strip().split("\n");
        return new String[] { lines[0], lines[lines.length - 1] };
    }

    /** Asks kpi-service for a rebuild and waits for it; returns {processed, seconds}. */
    double[] rebuild(String baseUrl, String adminToken) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> started = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/admin/rebuild"))
                .header("Authorization", "Bearer " + adminToken).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("rebuild answered " + started.statusCode() + ": " + started.body());
        }
        Instant asked = Instant.now();
        while (true) {
            Thread.sleep(500);
            String status = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/admin/rebuild"))
                    .header("Authorization", "Bearer " + adminToken).build(), HttpResponse.BodyHandlers.ofString()).body();
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(status);
            if ("FINISHED".equals(json.path("state").asText())
                    && Instant.parse(json.path("finishedAt").asText()).isAfter(asked)) {
                Instant begin = Instant.parse(json.path("startedAt").asText());
                Instant end = Instant.parse(json.path("finishedAt").asText());
                return new double[] { json.path("processed").asDouble(),
                    java.time.Duration.between(begin, end).toMillis() / 1000.0 };
            }
        }
    }
}
