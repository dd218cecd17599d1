package rapport.customer.interactions;

/** Communication techniques a learner used and must evidence. */
public enum Technique {
    ACTIVE_LISTENING, PARAPHRASING, QUESTIONING, EMPATHY, SUMMARISING, POSITIVE_LANGUAGE, BODY_LANGUAGE, REFLECTING,
    RAPPORT_BUILDING
}
