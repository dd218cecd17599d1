package rapport.console.services.customers;

/** Communication techniques a learner evidences. */
public enum Technique {
    ACTIVE_LISTENING, PARAPHRASING, QUESTIONING, EMPATHY, SUMMARISING, POSITIVE_LANGUAGE, BODY_LANGUAGE, REFLECTING, RAPPORT_BUILDING
}
