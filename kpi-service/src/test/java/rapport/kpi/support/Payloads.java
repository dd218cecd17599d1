package rapport.kpi.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import rapport.events.customer.CustomerRegistered;
import rapport.events.customer.CustomerUpdated;
import rapport.events.customer.InteractionLogged;
import rapport.events.customer.InteractionVoided;
import rapport.events.feedback.FeedbackSubmitted;
import rapport.events.feedback.InvitationSent;

/** Payload records as customer-service and feedback-service publish them, with test defaults. */
public final class Payloads {

    private static final AtomicLong SEQUENCE = new AtomicLong(1_000_000);

    private Payloads() {
    }

    public static CustomerRegistered customer(String team, UUID customerId, String name, Instant at) {
        return new CustomerRegistered(customerId, team, name, name.toLowerCase().replace(' ', '.') + "@example.com",
                "+44 7700 900123", "EXTERNAL", "MEDIUM", "EMAIL", true, at);
    }

    /** A customer of the given kind and value segment (null: not categorised). */
    public static CustomerRegistered customer(String team, UUID customerId, String kind, String valueSegment,
            Instant at) {
        return new CustomerRegistered(customerId, team, "Customer " + customerId, null, null, kind, valueSegment,
                "EMAIL", true, at);
    }

    /** The customer re-categorised: its state after the change. */
    public static CustomerUpdated customerUpdated(String team, UUID customerId, String kind, String valueSegment,
            Instant at) {
        return new CustomerUpdated(customerId, team, "Customer " + customerId, null, null, kind, valueSegment,
                "EMAIL", true, at);
    }

    /** An interaction logged a minute after it occurred (or {@code loggedAt} for a backdated one). */
    public static InteractionLogged interaction(String team, UUID customerId, UUID interactionId, UUID caseId,
            String agent, Instant occurredAt, Instant loggedAt, String channel, String direction, String category,
            String outcome, Integer minutes) {
        return new InteractionLogged(interactionId, customerId, team, caseId, category, false, agent, occurredAt,
                loggedAt, SEQUENCE.incrementAndGet(), channel, direction, category, outcome, minutes, List.of());
    }

    public static InteractionVoided voided(String team, UUID customerId, UUID interactionId, UUID caseId, Instant at) {
        return new InteractionVoided(interactionId, customerId, team, caseId, "supervisor", at);
    }

    public static InvitationSent invitation(String team, UUID customerId, UUID invitationId, UUID caseId, String agent,
            String channel, Instant at) {
        return new InvitationSent(invitationId, customerId, team, caseId, null, agent, channel, "LINK", at,
                at.plusSeconds(14 * 86400));
    }

    public static FeedbackSubmitted feedback(String team, UUID customerId, UUID invitationId, UUID caseId, String agent,
            String channel, Instant at, Integer csat, Integer nps, Integer ces, String comment) {
        return new FeedbackSubmitted(UUID.randomUUID(), customerId, team, invitationId, caseId, null, agent, channel,
                "SURVEY_LINK", at, at, csat, nps, ces, new FeedbackSubmitted.Rater(4, 5, 3, 5, 4), comment);
    }
}
