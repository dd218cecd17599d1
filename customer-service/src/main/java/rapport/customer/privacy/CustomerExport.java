package rapport.customer.privacy;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.customer.cases.CaseView;
import rapport.customer.complaints.ComplaintStepView;
import rapport.customer.customers.CustomerView;
import rapport.customer.followups.FollowUpView;
import rapport.customer.interactions.InteractionView;

/**
 * Everything customer-service holds about one customer (subject access request), and where the other services'
 * exports of what they hold are.
 */
public record CustomerExport(
        Instant exportedAt,
        CustomerView customer,
        List<InteractionView> interactions,
        List<CaseView> cases,
        List<ComplaintStepView> complaintSteps,
        List<FollowUpView> followUps,
        List<ErasureReceipt> erasures,
        @Schema(description = "The other services that hold data about the customer (from customer-service's "
                + "events), with links to their own exports and erasure records")
        List<HeldElsewhere> heldElsewhere) {
}
