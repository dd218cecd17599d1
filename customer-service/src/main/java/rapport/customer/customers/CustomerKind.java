package rapport.customer.customers;

/** External customers buy from the business; internal customers are colleagues and other departments. */
public enum CustomerKind {
    EXTERNAL, INTERNAL
}
