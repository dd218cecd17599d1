package rapport.demo.plan;

/** What a contact is about; a case takes its opening contact's. */
public enum Category {
    ENQUIRY, COMPLAINT, REQUEST, COMPLIMENT, SALE, FOLLOW_UP, OTHER
}
