package rapport.console.services.customers;

/** EXTERNAL customers buy from the business; INTERNAL ones are colleagues or other departments. */
public enum CustomerKind {
    EXTERNAL, INTERNAL
}
