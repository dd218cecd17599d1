package rapport.feedback.response;

/** Where a response came from. */
public enum Source {
    /** The customer answered through the survey link. */
    SURVEY_LINK,
    /** Recorded by a team member: */
    PAPER, PHONE, IN_PERSON, EMAIL, OTHER
}
