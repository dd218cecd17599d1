package rapport.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rapport.events.Topics;
import rapport.personaldata.DataKey;
import rapport.personaldata.FieldCipher;
import rapport.personaldata.UnreadableFieldException;
import rapport.system.EveryCopy.Copy;
import rapport.testing.KafkaTestClient;
import rapport.testing.TestDataKeys;
import rapport.testing.TestPostgres;
import rapport.testing.TestTokens;

/**
 * Erasure reaches the event log (crypto-shredding, docs/erasure.md): a customer with a distinctive name, e-mail, phone
 * and notes, contacts, an answered survey with a comment, and a dead letter that carries their data. Before erasure
 * no copy anywhere (every record of every topic read raw from its first offset, every outbox and read-model table)
 * holds any of the values in plain text, and the values are found in protected form: the customer's key, as an
 * observer reads it from rapport.data-keys, decrypts them. After erasure no service holds the key, the key's
 * tombstone is the last word on the topic and compaction drops the key's old value, so nothing decrypts any more;
 * a kpi-service rebuild then gives the same KPIs and shows no erased comment, while another customer's comment,
 * whose key was kept across the rebuild, still shows.
 */
@ExtendWith(RunningSystem.class)
class ErasureReachesTheLogEndToEndTest {

    private static final String TEAM = "shred-" + UUID.randomUUID().toString().substring(0, 8);
    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final String NAME = "Perpetua Quillfeather";
    private static final String EMAIL = "perpetua.q-" + TEAM + "@example.org";
    private static final String PHONE = "+44 7700 900" + (100 + (int) (Math.random() * 800));
    private static final String NOTES = "Quillfeather prefers letters, never calls before noon";
    private static final String SUMMARY = "Perpetua asked about her quill order";
    // neither comment holds its customer's own name, which the evidence pack would mask
    private static final String COMMENT = "Rowan sorted out the order of quills in a day, thank you";
    private static final String KEPT_COMMENT = "The waiting area felt much warmer this time";
    private static final List<String> FIELDS = List.of("displayName", "email", "phone", "comment");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate FROM = LocalDate.now(LONDON).minusDays(1);
    private static final LocalDate TO = FROM.plusDays(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SERVICES = List.of("customer-service", "feedback-service", "kpi-service");

    private final String token = TestTokens.agent(TEAM).user("alice").mint();

    @Test
    void afterErasureNoCopyOnTheBrokerOrInAnyStoreRevealsTheCustomerAndARebuildKeepsTheKpis() throws Exception {
        UUID customer = registerAndAnswer();
        anotherCustomerWithAComment();
        forceADeadLetterCarrying(customer);
        List<Object> kpisBefore = awaitBothCommentsInTheEvidence();

        DataKey key = TestDataKeys.published(customer);
        List<String> secrets = List.of(NAME, "Quillfeather", EMAIL, PHONE, PHONE.replace(" ", ""), NOTES, SUMMARY,
                COMMENT);
        List<Copy> before = everyCopy(false);
        assertThat(plainCopies(before, secrets)).as("copies holding a value in plain text, before erasure").isEmpty();
        assertThat(revealed(before, customer, Set.of(key))).as("the values, found protected with the customer's key")
                .contains(NAME, EMAIL, PHONE, COMMENT);
        assertThat(revealedIn(before, customer, key, "rapport.dlq.kpi-service")).as("the dead letter's copy")
                .contains(NAME, EMAIL, PHONE);
        assertThat(revealedIn(before, customer, key, "rapport.dlq.feedback-service")).contains(NAME, EMAIL, PHONE);
        assertThat(plainCopies(before, List.of(key.toBase64()))).as("where the key itself is")
                .anyMatch(c -> c.startsWith(Topics.DATA_KEYS + "-")).anyMatch(c -> c.startsWith("outbox_event"));

        Instant erasedAt = Instant.now();
        RunningSystem.customerService(token).delete("/api/teams/{team}/customers/{id}/personal-data", TEAM, customer)
                .then().statusCode(200);
        TestDataKeys.awaitTombstone(customer);
        await().atMost(PROPAGATION).until(() -> keysHeld(customer).isEmpty() && shreddedEverywhere(customer));
        await().atMost(PROPAGATION).until(() -> !evidence("json").contains(COMMENT));

        List<Copy> after = everyCopy(true);
        assertThat(plainCopies(after, secrets)).as("copies holding a value in plain text, after erasure").isEmpty();
        Set<DataKey> available = new HashSet<>(keysHeld(customer));
        available.addAll(latestKeysOnTheTopic(customer));
        assertThat(available).as("no service holds the key, the topic's last word on it is the tombstone").isEmpty();

        Duration compacted = awaitTheOldKeyValueCompactedAway(customer, erasedAt);
        assertThat(compacted).as("the key's old value left the broker's log").isLessThan(PROPAGATION);
        System.out.printf("the shredded key's old value left rapport.data-keys %d ms after the erasure%n",
                compacted.toMillis());
        List<Copy> compactedCopies = everyCopy(true);
        assertThat(plainCopies(compactedCopies, List.of(key.toBase64()))).as("copies of the key").isEmpty();
        assertThat(keysHeld(customer)).isEmpty();
        assertThat(revealed(compactedCopies, customer, Set.of(key)))
                .as("what the key would still decrypt, had anyone kept it: the history is intact, only the key is gone")
                .contains(NAME, EMAIL, PHONE, COMMENT);

        rebuildKpiService();
        assertThat(kpis()).as("every KPI after a rebuild, as before the erasure").isEqualTo(kpisBefore);
        String evidence = evidence("json");
        assertThat(evidence).doesNotContain(COMMENT, NAME, EMAIL, PHONE).contains(KEPT_COMMENT);
    }

    /** A consenting customer; an INBOUND enquiry resolved at once, whose invitation is answered with a comment. */
    private UUID registerAndAnswer() throws Exception {
        String id = RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body(Map.of("displayName", NAME, "email", EMAIL, "phone", PHONE, "notes", NOTES, "kind", "EXTERNAL",
                        "surveyConsent", true))
                .post("/api/teams/{team}/customers", TEAM).then().statusCode(201).extract().path("id");
        contact(id, Instant.now().minus(2, ChronoUnit.HOURS), "FOLLOW_UP_REQUIRED");
        contact(id, Instant.now().minus(1, ChronoUnit.HOURS), "RESOLVED");
        String link = SurveyMail.linkTokensMailedTo(EMAIL, 1).getFirst(); // feedback-service read the address
        RunningSystem.feedbackPage().contentType(ContentType.URLENC).formParam("csat", "5").formParam("nps", "10")
                .formParam("comment", COMMENT).post("/s/{token}", link).then().statusCode(200);
        return UUID.fromString(id);
    }

    private void contact(String customerId, Instant at, String outcome) {
        RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body(Map.of("occurredAt", at.toString(), "channel", "PHONE", "direction", "INBOUND", "category",
                        "ENQUIRY", "outcome", outcome, "summary", SUMMARY, "durationMinutes", 4))
                .post("/api/teams/{team}/customers/{id}/interactions", TEAM, customerId).then().statusCode(201);
    }

    /** A customer not erased, with feedback recorded on paper and a comment. */
    private UUID anotherCustomerWithAComment() {
        String id = RunningSystem.customerService(token).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Tobias Kept", "kind", "EXTERNAL", "surveyConsent", false))
                .post("/api/teams/{team}/customers", TEAM).then().statusCode(201).extract().path("id");
        await().atMost(PROPAGATION).untilAsserted(() -> RunningSystem.feedbackService(token)
                .get("/api/teams/{team}/directory/{id}", TEAM, id).then().statusCode(200)
                .body("displayName", equalTo("Tobias Kept")));
        RunningSystem.feedbackService(token).contentType(ContentType.JSON)
                .body(Map.of("source", "PAPER", "customerId", id, "answers", Map.of("csat", 4, "comment", KEPT_COMMENT)))
                .post("/api/teams/{team}/responses", TEAM).then().statusCode(201);
        return UUID.fromString(id);
    }

    /**
     * The customer's registration as published, sent again under a new id with a payload no consumer can read
     * (a yes/no answer of "maybe"): both consumers dead-letter it, the customer's protected data with it.
     */
    private static void forceADeadLetterCarrying(UUID customer) throws Exception {
        ConsumerRecord<String, String> registered = KafkaTestClient.await(Topics.CUSTOMERS,
                r -> customer.toString().equals(r.key()) && r.value().contains("rapport.customer.registered.v1"), 1,
                PROPAGATION).getFirst();
        ObjectNode event = (ObjectNode) JSON.readTree(registered.value());
        event.put("id", UUID.randomUUID().toString());
        ((ObjectNode) event.get("data")).put("surveyConsent", "maybe");
        KafkaTestClient.send(Topics.CUSTOMERS, customer.toString(), event.toString());
        for (String group : List.of("kpi-service", "feedback-service")) {
            KafkaTestClient.await(Topics.deadLetter(group), r -> customer.toString().equals(r.key()), 1, PROPAGATION);
        }
    }

    private List<Object> awaitBothCommentsInTheEvidence() {
        await().atMost(PROPAGATION).until(() -> {
            String evidence = evidence("json");
            return evidence.contains(COMMENT) && evidence.contains(KEPT_COMMENT);
        });
        return kpis();
    }

    /** Every record on the broker, every outbox and read-model table; after erasure the mail outbox too. */
    private static List<Copy> everyCopy(boolean withMailOutbox) throws Exception {
        List<Copy> copies = new ArrayList<>(EveryCopy.onTheBroker());
        copies.addAll(EveryCopy.inTables(RunningSystem.database("customer-service"), List.of("outbox_event")));
        List<String> feedbackTables = new ArrayList<>(List.of("outbox_event", "directory_customer"));
        if (withMailOutbox) {
            feedbackTables.add("mail_outbox");
        }
        copies.addAll(EveryCopy.inTables(RunningSystem.database("feedback-service"), feedbackTables));
        String kpi = RunningSystem.database("kpi-service");
        copies.addAll(EveryCopy.inTables(kpi, EveryCopy.tablesStartingWith(kpi, "rm_")));
        return copies;
    }

    private static List<String> plainCopies(List<Copy> copies, List<String> secrets) {
        List<String> found = new ArrayList<>();
        for (Copy copy : copies) {
            for (String secret : secrets) {
                if (copy.contains(secret)) {
                    found.add(copy.where() + " holds \"" + secret + "\"");
                }
            }
        }
        return found;
    }

    /** The plain text of every protected value in the copies that one of {@code keys} decrypts. */
    private static Set<String> revealed(List<Copy> copies, UUID customer, Set<DataKey> keys) {
        Set<String> plain = new HashSet<>();
        for (Copy copy : copies) {
            for (String value : copy.protectedValues()) {
                for (DataKey key : keys) {
                    for (String field : FIELDS) {
                        try {
                            plain.add(FieldCipher.reveal(key, customer, field, value));
                        } catch (UnreadableFieldException e) {
                            // another customer's, another field's, or another key's
                        }
                    }
                }
            }
        }
        return plain;
    }

    private static Set<String> revealedIn(List<Copy> copies, UUID customer, DataKey key, String topic) {
        return revealed(copies.stream().filter(c -> c.where().startsWith(topic + "-")).toList(), customer, Set.of(key));
    }

    /** The customer's key in each service's data_key table, where one still holds it. */
    private static List<DataKey> keysHeld(UUID customer) throws Exception {
        List<DataKey> keys = new ArrayList<>();
        for (String service : SERVICES) {
            column(service, "select data_key from data_key where subject_id = ? and data_key is not null", customer)
                    .forEach(material -> keys.add(DataKey.of((byte[]) material)));
        }
        return keys;
    }

    /** Every service has the shredded marker for the customer (so a late copy of the key is never stored again). */
    private static boolean shreddedEverywhere(UUID customer) throws Exception {
        for (String service : SERVICES) {
            if (column(service, "select shredded_at from data_key where subject_id = ? and shredded_at is not null",
                    customer).size() != 1) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> column(String service, String sql, UUID customer) throws Exception {
        try (Connection db = DriverManager.getConnection(RunningSystem.database(service), TestPostgres.user(),
                TestPostgres.password()); PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, customer);
            List<Object> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
            }
            return values;
        }
    }

    /** The key of the customer's last record on rapport.data-keys, unless that record is the tombstone. */
    private static List<DataKey> latestKeysOnTheTopic(UUID customer) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> records = EveryCopy.records(Topics.DATA_KEYS).stream()
                .filter(r -> customer.toString().equals(new String(r.key(), StandardCharsets.UTF_8))).toList();
        ConsumerRecord<byte[], byte[]> last = records.getLast();
        if (last.value() == null) {
            return List.of();
        }
        return List.of(DataKey.fromBase64(JSON.readTree(last.value()).path("data").path("key").asText()));
    }

    /**
     * Waits until no record of rapport.data-keys holds the customer's key any more. The broker compacts a segment
     * only once it is rolled, which happens on a write to its partition after max.compaction.lag.ms (2 s in these
     * tests, an hour in production): this test writes that next record itself, a tombstone for a subject that never
     * had a key, on the same partition. Returns how long after the erasure the old value was gone.
     */
    private static Duration awaitTheOldKeyValueCompactedAway(UUID customer, Instant erasedAt) {
        await().atMost(PROPAGATION).pollInterval(Duration.ofSeconds(1)).until(() -> {
            TestDataKeys.shred(KafkaTestClient.keyOnTheSamePartitionAs(customer, EveryCopy.partitionsOf(Topics.DATA_KEYS)));
            return EveryCopy.records(Topics.DATA_KEYS).stream()
                    .noneMatch(r -> customer.toString().equals(new String(r.key(), StandardCharsets.UTF_8))
                            && r.value() != null);
        });
        return Duration.between(erasedAt, Instant.now());
    }

    private static void rebuildKpiService() {
        String admin = TestTokens.admin().mint();
        RunningSystem.kpiService(admin).post("/api/admin/rebuild").then().statusCode(202);
        await().atMost(PROPAGATION).pollInterval(Duration.ofMillis(500)).until(() -> "FINISHED".equals(
                RunningSystem.kpiService(admin).get("/api/admin/rebuild").then().statusCode(200).extract()
                        .path("state")));
    }

    private List<Object> kpis() {
        return period(RunningSystem.kpiService(token)).get("/api/teams/{team}/kpis", TEAM)
                .then().statusCode(200).extract().jsonPath().getList("kpis");
    }

    private String evidence(String format) {
        return period(RunningSystem.kpiService(token)).queryParam("format", format)
                .get("/api/teams/{team}/evidence", TEAM).then().statusCode(200).extract().asString();
    }

    private static RequestSpecification period(RequestSpecification request) {
        return request.queryParam("from", FROM.toString()).queryParam("to", TO.toString());
    }
}
