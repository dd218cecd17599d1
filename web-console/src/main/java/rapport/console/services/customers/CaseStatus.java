package rapport.console.services.customers;

/** A case's status, a function of its contacts (see customer-service's README). */
public enum CaseStatus {
    OPEN, RESOLVED, VOIDED
}
