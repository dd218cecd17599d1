package rapport.customer.cases;

/** {@code VOIDED}: every interaction of the case was voided, so the case counts nowhere. */
public enum CaseStatus {
    OPEN, RESOLVED, VOIDED
}
