package rapport.console.contact;

import java.util.Arrays;
import java.util.List;
import rapport.console.services.customers.Category;
import rapport.console.services.customers.Channel;
import rapport.console.services.customers.Customer;
import rapport.console.services.customers.CustomerKind;
import rapport.console.services.customers.Direction;
import rapport.console.services.customers.Outcome;
import rapport.console.services.customers.SupportCase;
import rapport.console.services.customers.Technique;
import rapport.console.services.customers.ValueSegment;
import rapport.console.shell.FormErrors;

/**
 * What the form shows: the values as typed, the customers to choose from, the chosen customer's open cases, errors,
 * and (after a contact was logged) for whom. {@code fragment}: rendered for htmx, which then also swaps the case
 * choices (out of band).
 */
public record ContactFormView(ContactForm form, List<Customer> customers, Customer logged, List<SupportCase> openCases,
        FormErrors errors, boolean fragment) {

    public List<Channel> channels() {
        return Arrays.asList(Channel.values());
    }

    public List<Direction> directions() {
        return Arrays.asList(Direction.values());
    }

    public List<Category> categories() {
        return Arrays.asList(Category.values());
    }

    public List<Outcome> outcomes() {
        return Arrays.asList(Outcome.values());
    }

    public List<Technique> techniques() {
        return Arrays.asList(Technique.values());
    }

    public List<CustomerKind> kinds() {
        return Arrays.asList(CustomerKind.values());
    }

    public List<ValueSegment> segments() {
        return Arrays.asList(ValueSegment.values());
    }

    public boolean isChosen(Customer customer) {
        return customer.id().toString().equals(form.customerId);
    }

    public boolean newCustomerChosen() {
        return form.registersCustomer();
    }

    public boolean isCaseChosen(SupportCase supportCase) {
        return supportCase.id().toString().equals(form.caseId);
    }

    public boolean newCaseChosen() {
        return openCases.stream().noneMatch(this::isCaseChosen);
    }

    /** Whether the "new customer" choice is offered: something was typed that could be a name. */
    public boolean offersNewCustomer() {
        return form.q != null && !form.q.isBlank() || form.registersCustomer();
    }
}
