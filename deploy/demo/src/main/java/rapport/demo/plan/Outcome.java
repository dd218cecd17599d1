package rapport.demo.plan;

/** How a contact ended; it sets the case's status (docs/customer-service.md, "Cases"). */
public enum Outcome {
    RESOLVED, FOLLOW_UP_REQUIRED, ESCALATED, REFERRED, NO_RESPONSE, INFO_ONLY
}
