package rapport.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import rapport.events.EventType;
import rapport.personaldata.DataKey;
import rapport.personaldata.FieldCipher;

class EventContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeHasACompilingSchemaAndIsInTheAsyncApiDocument(EventType type) throws Exception {
        assertThat(EventContract.schema(type.schemaResource())).isNotNull();
        JsonNode messages = asyncApi().path("components").path("messages");
        List<String> documented = new ArrayList<>();
        messages.forEach(m -> documented.add(m.path("name").asText()));
        assertThat(documented).contains(type.type());
        String payloadRefs = messages.toString();
        assertThat(payloadRefs).contains("schemas/" + type.schemaResource().substring("rapport/events/schemas/".length()));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void payloadRecordAndSchemaNameTheSameFields(EventType type) throws Exception {
        JsonNode schema;
        try (InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            schema = JSON.readTree(in);
        }
        List<String> schemaFields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(schemaFields::add);
        List<String> recordFields = java.util.Arrays.stream(type.payloadType().getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        assertThat(recordFields).containsExactlyInAnyOrderElementsOf(schemaFields);
        assertThat(schema.path("title").asText()).isEqualTo(type.type());
    }

    @Test
    void everyDocumentedMessageIsAKnownEventType() throws Exception {
        asyncApi().path("components").path("messages")
                .forEach(m -> assertThat(EventType.fromType(m.path("name").asText())).isPresent());
    }

    @Test
    void aWellFormedCustomerRegisteredEventConforms() {
        assertThat(EventContract.violations(customerRegistered().toString())).isEmpty();
    }

    @Test
    void aPayloadMissingARequiredFieldIsReported() {
        ObjectNode event = customerRegistered();
        ((ObjectNode) event.get("data")).remove("displayName");
        assertThat(EventContract.violations(event.toString())).singleElement().asString()
                .startsWith("data ").contains("displayName");
    }

    @Test
    void anUnknownEnumValueAndABadEnvelopeAreReported() {
        ObjectNode event = customerRegistered();
        ((ObjectNode) event.get("data")).put("kind", "PARTNER");
        event.put("teamid", "Not A Team");
        List<String> violations = EventContract.violations(event.toString());
        assertThat(violations).anyMatch(v -> v.startsWith("data ") && v.contains("kind"));
        assertThat(violations).anyMatch(v -> v.startsWith("envelope ") && v.contains("teamid"));
        assertThatThrownBy(() -> EventContract.assertConforms(event.toString())).isInstanceOf(AssertionError.class);
    }

    @Test
    void anErasureNamesWhoAskedOrNobodyAsEventsPublishedBeforeThatDid() {
        ObjectNode event = customerRegistered().put("type", "rapport.customer.erased.v1");
        ObjectNode data = JSON.createObjectNode().put("customerId", event.get("subject").asText())
                .put("teamId", "team-a").put("erasedAt", "2026-11-23T10:15:30Z");
        event.set("data", data);
        assertThat(EventContract.violations(event.toString())).as("without erasedBy").isEmpty();
        data.put("erasedBy", "alice");
        assertThat(EventContract.violations(event.toString())).isEmpty();
        data.put("erasedBy", "");
        assertThat(EventContract.violations(event.toString())).anyMatch(v -> v.contains("erasedBy"));
    }

    @Test
    void anUndocumentedTypeIsReported() {
        ObjectNode event = customerRegistered();
        event.put("type", "rapport.customer.promoted.v1");
        assertThat(EventContract.violations(event.toString())).contains(
                "type rapport.customer.promoted.v1 is not a documented event type");
    }

    @ParameterizedTest
    @ValueSource(strings = { "displayName", "email", "phone" })
    void aPersonalDataFieldLeavingInPlainTextIsReported(String field) {
        ObjectNode event = customerRegistered();
        ((ObjectNode) event.get("data")).put(field, "pd2 Ada Lovelace");
        assertThat(EventContract.violations(event.toString()))
                .anyMatch(v -> v.equals("data /" + field + ": personal data (x-personal-data) leaves unprotected, not "
                        + "in the pd1: form"));
    }

    @Test
    void aPlainCommentIsReportedEvenWhereTheSchemaWouldAllowIt() {
        String responseId = UUID.randomUUID().toString();
        ObjectNode data = JSON.createObjectNode().put("responseId", responseId).put("teamId", "team-a")
                .put("source", "PAPER").put("submittedAt", "2026-11-23T10:15:30Z")
                .put("recordedAt", "2026-11-23T10:15:30Z").put("csat", 4).put("comment", "Ada was lovely");
        ObjectNode event = envelope("rapport.feedback.submitted.v1", responseId);
        event.set("data", data);
        assertThat(EventContract.violations(event.toString())).anyMatch(v -> v.startsWith("data /comment: personal data"));
        data.put("comment", FieldCipher.protect(DataKey.generate(), UUID.fromString(responseId), "comment", "Ada was lovely"));
        assertThat(EventContract.violations(event.toString())).isEmpty();
    }

    @Test
    void theSchemasMarkEveryFieldThatCarriesPersonalData() {
        assertThat(EventContract.personalFields(EventType.CUSTOMER_REGISTERED))
                .containsExactlyInAnyOrder("displayName", "email", "phone");
        assertThat(EventContract.personalFields(EventType.CUSTOMER_UPDATED))
                .containsExactlyInAnyOrder("displayName", "email", "phone");
        assertThat(EventContract.personalFields(EventType.FEEDBACK_SUBMITTED)).containsExactly("comment");
        for (EventType type : EventType.values()) {
            if (!List.of(EventType.CUSTOMER_REGISTERED, EventType.CUSTOMER_UPDATED, EventType.FEEDBACK_SUBMITTED)
                    .contains(type)) {
                assertThat(EventContract.personalFields(type)).as(type.type()).isEmpty();
            }
        }
    }

    private static ObjectNode customerRegistered() {
        String customerId = UUID.randomUUID().toString();
        DataKey key = DataKey.generate();
        UUID subject = UUID.fromString(customerId);
        ObjectNode data = JSON.createObjectNode()
                .put("customerId", customerId)
                .put("teamId", "team-a")
                .put("displayName", FieldCipher.protect(key, subject, "displayName", "Ada Lovelace"))
                .put("email", FieldCipher.protect(key, subject, "email", "ada@example.org"))
                .putNull("phone")
                .put("kind", "EXTERNAL")
                .put("surveyConsent", true)
                .put("registeredAt", "2026-11-23T10:15:30Z");
        ObjectNode event = envelope("rapport.customer.registered.v1", customerId);
        event.set("data", data);
        return event;
    }

    private static ObjectNode envelope(String type, String subject) {
        return JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "/rapport/customer-service")
                .put("type", type)
                .put("time", "2026-11-23T10:15:30.123Z")
                .put("datacontenttype", "application/json")
                .put("subject", subject)
                .put("teamid", "team-a");
    }

    private static JsonNode asyncApi() throws Exception {
        try (InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream("rapport/events/asyncapi.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
