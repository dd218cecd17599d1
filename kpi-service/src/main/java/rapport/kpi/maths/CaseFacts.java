package rapport.kpi.maths;

import java.time.Instant;
import java.util.UUID;

/**
 * What the KPIs need to know about one case, derived from its customer's non-voided contacts.
 *
 * @param category     the category of the opening contact
 * @param resolvedAt   occurredAt of the first contact that set the status to RESOLVED, or null
 * @param reopens      how many times the status went from RESOLVED back to OPEN
 * @param nextRepeatAt occurredAt of the first repeat-contact candidate after the opener (an INBOUND
 *                     contact of the same case, or the opener of another case of the same category),
 *                     or null; FCR compares it with the repeat window, so the stored fact does not
 *                     depend on the team's W
 */
public record CaseFacts(UUID caseId, UUID openerId, Instant openedAt, String category, Direction openerDirection,
        Outcome openerOutcome, String openerAgent, String openerChannel, CaseStatus status, Instant resolvedAt,
        int reopens, Instant nextRepeatAt) {

    public FcrCase fcrCase() {
        return new FcrCase(openedAt, openerOutcome == Outcome.RESOLVED, nextRepeatAt);
    }
}
