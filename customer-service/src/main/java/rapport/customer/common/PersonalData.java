package rapport.customer.common;

/** What replaces personal data and free text once a customer's data is erased. */
public final class PersonalData {

    public static final String ERASED = "[erased]";

    private PersonalData() {
    }

    /** Keeps absent values absent, so an export shows which fields ever held something. */
    public static String erase(String value) {
        return value == null ? null : ERASED;
    }
}
