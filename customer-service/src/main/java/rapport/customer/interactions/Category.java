package rapport.customer.interactions;

/** What a contact is about; a case takes the category of its opening contact. */
public enum Category {
    ENQUIRY, COMPLAINT, REQUEST, COMPLIMENT, SALE, FOLLOW_UP, OTHER
}
