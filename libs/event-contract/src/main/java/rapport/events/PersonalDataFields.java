package rapport.events;

/**
 * Names of the payload fields that carry personal data. The JSON Schemas mark them {@code x-personal-data: true}; a
 * producer publishes them only in the protected form ({@code pd1:}, libs/personal-data) made with the key of the
 * event's subject, and the field name is part of what the value is bound to (docs/erasure.md).
 */
public final class PersonalDataFields {

    /** customer.registered, customer.updated */
    public static final String DISPLAY_NAME = "displayName";
    /** customer.registered, customer.updated */
    public static final String EMAIL = "email";
    /** customer.registered, customer.updated */
    public static final String PHONE = "phone";
    /** feedback.submitted: the customer's own words */
    public static final String COMMENT = "comment";

    private PersonalDataFields() {
    }
}
