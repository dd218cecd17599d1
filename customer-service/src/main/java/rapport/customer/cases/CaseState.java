package rapport.customer.cases;

import java.time.Instant;

/**
 * A case as its ordered, non-voided interactions define it.
 *
 * @param opener         first non-voided interaction in order; null when every interaction is voided
 * @param changedBy      the interaction whose outcome last changed the status (for an OPEN case never resolved, the opener)
 * @param firstResolvedAt the case's resolution time: occurredAt of the first interaction that set RESOLVED
 * @param reopens        changes from RESOLVED to OPEN
 * @param resolutions    changes to RESOLVED
 */
public record CaseState(CaseStatus status, CaseFact opener, CaseFact changedBy, Instant firstResolvedAt, int reopens,
        int resolutions) {

    static final CaseState EMPTY = new CaseState(CaseStatus.VOIDED, null, null, null, 0, 0);
}
