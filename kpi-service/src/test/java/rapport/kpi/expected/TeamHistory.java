package rapport.kpi.expected;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a team logged and what its customers answered, as plain data (strings for enum values): the
 * input of {@link ExpectedKpis}. A scenario test fills it with exactly what it sends to the system,
 * by events straight onto the broker or through the services' APIs.
 */
public final class TeamHistory {

    /**
     * One contact; {@code sequence} is the order it was logged in, which breaks ties of
     * {@code occurredAt} and {@code loggedAt}.
     */
    public record Contact(UUID id, UUID customer, UUID caseId, String agent, Instant occurredAt, Instant loggedAt,
            long sequence, String channel, String direction, String category, String outcome, Integer minutes,
            boolean voided) {
    }

    public record Promise(UUID id, UUID customer, UUID interaction, UUID caseId, String agent, Instant promisedAt,
            Instant dueAt, Instant completedAt) {
    }

    public record Invitation(UUID id, UUID customer, UUID caseId, String agent, String channel, Instant sentAt) {
    }

    /** {@code rater}: reliability, assurance, tangibles, empathy, responsiveness (each may be null). */
    public record Response(UUID id, UUID customer, UUID invitation, UUID caseId, String agent, String channel,
            Instant submittedAt, Integer csat, Integer nps, Integer ces, Integer[] rater, String comment) {
    }

    public record Step(UUID caseId, UUID customer, String step, Instant at) {
    }

    public final List<Contact> contacts = new ArrayList<>();
    public final List<Promise> promises = new ArrayList<>();
    public final List<Invitation> invitations = new ArrayList<>();
    public final List<Response> responses = new ArrayList<>();
    public final List<Step> steps = new ArrayList<>();
}
