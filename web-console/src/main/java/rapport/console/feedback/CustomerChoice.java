package rapport.console.feedback;

import java.util.List;
import rapport.console.services.customers.Customer;

/**
 * Choosing the customer on the feedback forms: what was searched for, the customers found (or the one the link named)
 * and which is chosen. Radio buttons named {@code customerId} inside the form that posts.
 */
public record CustomerChoice(String q, List<Customer> found, String chosen) {

    public boolean isChosen(Customer customer) {
        return customer.id().toString().equals(chosen);
    }

    public boolean noneChosen() {
        return chosen == null || chosen.isBlank();
    }
}
