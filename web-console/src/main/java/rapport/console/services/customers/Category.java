package rapport.console.services.customers;

/** What a contact (and the case it opens) is about. */
public enum Category {
    ENQUIRY, COMPLAINT, REQUEST, COMPLIMENT, SALE, FOLLOW_UP, OTHER
}
