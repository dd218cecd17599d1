package rapport.customer.cases;

import java.util.List;
import rapport.customer.interactions.InteractionView;

/** A case with its interactions in case order (occurredAt, then logging order), voided ones included and marked. */
public record CaseDetail(CaseView caseInfo, List<InteractionView> interactions) {
}
