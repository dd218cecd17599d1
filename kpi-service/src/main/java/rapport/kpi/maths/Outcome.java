package rapport.kpi.maths;

/** How a contact ended, and what it does to its case's status (docs/customer-service.md, "Cases"). */
public enum Outcome {
    RESOLVED, FOLLOW_UP_REQUIRED, ESCALATED, REFERRED, NO_RESPONSE, INFO_ONLY;

    /** The case status after a contact with this outcome, given the status before it. */
    CaseStatus apply(CaseStatus before, Direction direction) {
        return switch (this) {
            case RESOLVED -> CaseStatus.RESOLVED;
            case FOLLOW_UP_REQUIRED, ESCALATED, REFERRED -> CaseStatus.OPEN;
            // the customer came back: open again; a courtesy call from us does not reopen
            case INFO_ONLY, NO_RESPONSE -> direction == Direction.INBOUND ? CaseStatus.OPEN : before;
        };
    }
}
