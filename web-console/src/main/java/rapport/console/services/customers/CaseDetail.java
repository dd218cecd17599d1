package rapport.console.services.customers;

import java.util.List;

/** A case with its contacts in case order, voided ones included and marked. */
public record CaseDetail(SupportCase caseInfo, List<Contact> interactions) {
}
