package rapport.customer.privacy;

import java.time.Instant;
import java.util.List;
import rapport.customer.cases.CaseView;
import rapport.customer.complaints.ComplaintStepView;
import rapport.customer.customers.CustomerView;
import rapport.customer.followups.FollowUpView;
import rapport.customer.interactions.InteractionView;

/** Everything customer-service holds about one customer (subject access request). */
public record CustomerExport(
        Instant exportedAt,
        CustomerView customer,
        List<InteractionView> interactions,
        List<CaseView> cases,
        List<ComplaintStepView> complaintSteps,
        List<FollowUpView> followUps,
        List<ErasureReceipt> erasures) {
}
