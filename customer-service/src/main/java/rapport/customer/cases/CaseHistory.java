package rapport.customer.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import rapport.customer.interactions.Direction;
import rapport.customer.interactions.Outcome;

/**
 * The case status rules of docs/customer-service.md ("Cases"), as a pure function of a case's interactions: voided
 * ones are
 * ignored, the rest are ordered by occurredAt then logging order, and starting from OPEN each one
 * sets the status from its outcome. Arrival order never matters, so a backdated contact is simply
 * placed where it belongs.
 */
public final class CaseHistory {

    private CaseHistory() {
    }

    public static CaseState compute(Collection<CaseFact> facts) {
        List<CaseFact> ordered = facts.stream().filter(f -> !f.voided()).sorted(CaseFact.ORDER).toList();
        if (ordered.isEmpty()) {
            return CaseState.EMPTY;
        }
        CaseFact opener = ordered.getFirst();
        CaseStatus status = CaseStatus.OPEN;
        CaseFact changedBy = opener;
        Instant firstResolvedAt = null;
        int reopens = 0;
        int resolutions = 0;
        for (CaseFact fact : ordered) {
            CaseStatus next = next(status, fact.outcome(), fact.direction());
            if (next == status) {
                continue;
            }
            if (next == CaseStatus.RESOLVED) {
                resolutions++;
                if (firstResolvedAt == null) {
                    firstResolvedAt = fact.occurredAt();
                }
            } else {
                reopens++;
            }
            status = next;
            changedBy = fact;
        }
        return new CaseState(status, opener, changedBy, firstResolvedAt, reopens, resolutions);
    }

    /** The status after one interaction: a courtesy call (outbound, no outcome of its own) leaves it as it was. */
    static CaseStatus next(CaseStatus current, Outcome outcome, Direction direction) {
        return switch (outcome) {
            case RESOLVED -> CaseStatus.RESOLVED;
            case FOLLOW_UP_REQUIRED, ESCALATED, REFERRED -> CaseStatus.OPEN;
            case INFO_ONLY, NO_RESPONSE -> direction == Direction.INBOUND ? CaseStatus.OPEN : current;
        };
    }
}
