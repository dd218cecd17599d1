package rapport.customer.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import rapport.customer.cases.CaseQueries;
import rapport.customer.cases.CaseService;
import rapport.customer.cases.SupportCase;
import rapport.customer.common.ClientTimes;
import rapport.customer.common.CurrentUser;
import rapport.customer.customers.Customer;
import rapport.customer.interactions.Category;
import rapport.events.EventType;
import rapport.events.customer.ComplaintStepRecorded;
import rapport.messaging.outbox.OutboxWriter;
import rapport.web.ProblemException;

@ApplicationScoped
public class ComplaintService {

    @Inject
    CaseService cases;

    @Inject
    ClientTimes times;

    @Inject
    CurrentUser user;

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    /** Records a step on a COMPLAINT case (422 on any other), once per step (409 on a second time). */
    @Transactional
    public ComplaintStepView record(String teamId, UUID caseId, NewComplaintStep request) {
        SupportCase complaint = cases.lock(teamId, caseId);
        Customer.requireActive(teamId, complaint.customerId);
        if (complaint.category != Category.COMPLAINT) {
            throw ProblemException.unprocessable("not-a-complaint", "Not a complaint case",
                    "complaint steps are recorded on COMPLAINT cases only; this case is "
                            + (complaint.category == null ? "empty (every interaction voided)" : "a " + complaint.category),
                    "caseId");
        }
        ComplaintStepRecord.<ComplaintStepRecord>find("caseId = ?1 and step = ?2", caseId, request.step())
                .firstResultOptional().ifPresent(existing -> {
                    throw ProblemException.conflict("step-already-recorded", "Step already recorded",
                            existing.step + " was already recorded on this case at " + existing.takenAt, null);
                });
        ComplaintStepRecord step = new ComplaintStepRecord();
        step.id = UUID.randomUUID();
        step.teamId = teamId;
        step.caseId = caseId;
        step.customerId = complaint.customerId;
        step.step = request.step();
        step.agent = user.agentOr(request.agent());
        step.takenAt = times.notInFuture(request.at(), "at");
        step.recordedAt = clock.instant();
        step.persist();
        outbox.publish(EventType.COMPLAINT_STEP_RECORDED, step.customerId, teamId, new ComplaintStepRecorded(caseId,
                step.customerId, teamId, step.step.name(), step.agent, step.takenAt));
        return ComplaintStepView.of(step);
    }

    public List<ComplaintStepView> steps(String teamId, UUID caseId) {
        CaseQueries.require(teamId, caseId);
        return ComplaintStepRecord.ofCase(caseId).stream().map(ComplaintStepView::of).toList();
    }

    public List<ComplaintStepView> stepsOfCustomer(String teamId, UUID customerId) {
        Customer.require(teamId, customerId);
        return ComplaintStepRecord.ofCustomer(customerId).stream().map(ComplaintStepView::of).toList();
    }
}
