package rapport.events;

import java.util.Arrays;
import java.util.Optional;
import rapport.events.customer.CaseOpened;
import rapport.events.customer.CaseReopened;
import rapport.events.customer.CaseResolved;
import rapport.events.customer.ComplaintStepRecorded;
import rapport.events.customer.CustomerErased;
import rapport.events.customer.CustomerRegistered;
import rapport.events.customer.CustomerUpdated;
import rapport.events.customer.FollowUpCompleted;
import rapport.events.customer.FollowUpPromised;
import rapport.events.customer.InteractionLogged;
import rapport.events.customer.InteractionVoided;
import rapport.events.feedback.FeedbackSubmitted;
import rapport.events.feedback.InvitationSent;
import rapport.events.keys.DataKeyIssued;

/**
 * Every event type Rapport publishes, with its topic and the JSON Schema of its payload. The
 * AsyncAPI document ({@code rapport/events/asyncapi.yaml}) lists the same types; a contract test
 * keeps the two in step.
 */
public enum EventType {
    CUSTOMER_REGISTERED("rapport.customer.registered.v1", Topics.CUSTOMERS, CustomerRegistered.class),
    CUSTOMER_UPDATED("rapport.customer.updated.v1", Topics.CUSTOMERS, CustomerUpdated.class),
    CUSTOMER_ERASED("rapport.customer.erased.v1", Topics.CUSTOMERS, CustomerErased.class),
    INTERACTION_LOGGED("rapport.interaction.logged.v1", Topics.CUSTOMERS, InteractionLogged.class),
    INTERACTION_VOIDED("rapport.interaction.voided.v1", Topics.CUSTOMERS, InteractionVoided.class),
    CASE_OPENED("rapport.case.opened.v1", Topics.CUSTOMERS, CaseOpened.class),
    CASE_RESOLVED("rapport.case.resolved.v1", Topics.CUSTOMERS, CaseResolved.class),
    CASE_REOPENED("rapport.case.reopened.v1", Topics.CUSTOMERS, CaseReopened.class),
    COMPLAINT_STEP_RECORDED("rapport.complaint.step-recorded.v1", Topics.CUSTOMERS, ComplaintStepRecorded.class),
    FOLLOWUP_PROMISED("rapport.followup.promised.v1", Topics.CUSTOMERS, FollowUpPromised.class),
    FOLLOWUP_COMPLETED("rapport.followup.completed.v1", Topics.CUSTOMERS, FollowUpCompleted.class),
    INVITATION_SENT("rapport.invitation.sent.v1", Topics.FEEDBACK, InvitationSent.class),
    FEEDBACK_SUBMITTED("rapport.feedback.submitted.v1", Topics.FEEDBACK, FeedbackSubmitted.class),
    DATA_KEY_ISSUED("rapport.data-key.issued.v1", Topics.DATA_KEYS, DataKeyIssued.class);

    private final String type;
    private final String topic;
    private final Class<? extends Record> payloadType;

    EventType(String type, String topic, Class<? extends Record> payloadType) {
        this.type = type;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    /** The record the {@code data} of this type reads into. */
    public Class<? extends Record> payloadType() {
        return payloadType;
    }

    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    /** Classpath location of the payload schema, e.g. {@code rapport/events/schemas/customer.registered.v1.json}. */
    public String schemaResource() {
        return "rapport/events/schemas/" + type.substring("rapport.".length()) + ".json";
    }

    public static Optional<EventType> fromType(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
