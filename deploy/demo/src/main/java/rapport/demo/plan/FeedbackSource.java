package rapport.demo.plan;

/**
 * How a survey answer reaches feedback-service: on a paper form at the desk, by a phone survey that answers the
 * customer's invitation, or by the customer on the survey page of their link.
 */
public enum FeedbackSource {
    PAPER, PHONE, SURVEY_LINK
}
