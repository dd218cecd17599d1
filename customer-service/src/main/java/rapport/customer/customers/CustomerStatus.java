package rapport.customer.customers;

public enum CustomerStatus {
    ACTIVE, ERASED
}
