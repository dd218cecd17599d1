package rapport.feedback.invitation;

/** How the customer got the link. */
public enum Delivery {
    /** E-mailed to the customer: queued with the invitation, sent once it is committed ({@link MailOutbox}). */
    EMAIL,
    /** A link a team member passes on (no e-mail address, no consent to e-mail, or mail is off). */
    LINK
}
