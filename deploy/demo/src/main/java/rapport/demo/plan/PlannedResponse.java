package rapport.demo.plan;

/**
 * A survey answer about the customer's case {@code caseNumber}. A PAPER form is recorded with the time it was filled
 * in; a PHONE survey answers the invitation feedback-service sent when the case was resolved, with the time of the
 * call; a SURVEY_LINK answer is given by the customer on their link's page now ({@code submittedAt} is when the plan
 * puts it, the end of today).
 */
public record PlannedResponse(int caseNumber, FeedbackSource source, Moment submittedAt, Answers answers,
        String agent, Channel channel) {

    /** The answers as feedback-service takes them: every score optional, at least one given. */
    public record Answers(Integer csat, Integer nps, Integer ces, Rater rater, String comment) {
    }

    /** RATER ratings, 1 to 5 each, any of them may be skipped. */
    public record Rater(Integer reliability, Integer assurance, Integer tangibles, Integer empathy,
            Integer responsiveness) {
    }
}
