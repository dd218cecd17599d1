package rapport.customer.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import rapport.customer.customers.Customer;
import rapport.customer.interactions.Interaction;
import rapport.events.EventType;
import rapport.events.customer.CaseOpened;
import rapport.events.customer.CaseReopened;
import rapport.events.customer.CaseResolved;
import rapport.web.ProblemException;

/** Opens cases and keeps each case's stored state equal to what its interactions say. */
@ApplicationScoped
public class CaseService {

    @Inject
    Clock clock;

    /** A new OPEN case, not yet stored: its opener decides its state, so it is persisted once, complete. */
    public SupportCase open(Customer customer) {
        return SupportCase.open(customer, clock.instant());
    }

    /** The case an interaction names, locked; 422 when it is not a case of this customer in this team. */
    @Transactional(Transactional.TxType.MANDATORY)
    public SupportCase lockForCustomer(String teamId, UUID customerId, UUID caseId) {
        SupportCase c = SupportCase.lockInTeam(teamId, caseId).orElseThrow(() -> ProblemException.unprocessable(
                "unknown-case", "Unknown case", "case " + caseId + " does not exist in this team", "caseId"));
        if (!c.customerId.equals(customerId)) {
            throw ProblemException.unprocessable("case-of-another-customer", "Case of another customer",
                    "case " + caseId + " belongs to another customer", "caseId");
        }
        return c;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public SupportCase lock(String teamId, UUID caseId) {
        return SupportCase.lockInTeam(teamId, caseId).orElseThrow(() -> ProblemException.notFound("case", caseId));
    }

    public static CaseOpened opened(SupportCase c, Interaction opener) {
        return new CaseOpened(c.id, c.customerId, c.teamId, c.category.name(), opener.id, opener.occurredAt);
    }

    /**
     * Recomputes the case from all its interactions (voided ones included, the rules skip them) and
     * stores the result. Returns the events the change calls for: case.resolved when the status
     * became RESOLVED, case.reopened when it went from RESOLVED to OPEN.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<CaseEvent> recompute(SupportCase c, List<Interaction> interactions) {
        CaseState state = CaseHistory.compute(interactions.stream().map(Interaction::fact).toList());
        CaseStatus before = c.status;
        c.apply(state, state.opener() == null ? null : state.opener().category(), clock.instant());
        List<CaseEvent> events = new ArrayList<>(1);
        if (state.status() == before) {
            return events;
        }
        Interaction changedBy = state.changedBy() == null ? null : interactions.stream()
                .filter(i -> i.id.equals(state.changedBy().interactionId())).findFirst().orElseThrow();
        if (state.status() == CaseStatus.RESOLVED) {
            c.resolvedEvents++;
            events.add(new CaseEvent(EventType.CASE_RESOLVED, new CaseResolved(c.id, c.customerId, c.teamId,
                    c.category.name(), changedBy.id, changedBy.agent, changedBy.channel.name(), changedBy.occurredAt,
                    c.resolvedEvents)));
        } else if (before == CaseStatus.RESOLVED && state.status() == CaseStatus.OPEN) {
            c.reopenedEvents++;
            events.add(new CaseEvent(EventType.CASE_REOPENED, new CaseReopened(c.id, c.customerId, c.teamId,
                    changedBy.id, changedBy.occurredAt, c.reopenedEvents)));
        }
        return events;
    }
}
