package rapport.console.contact;

import jakarta.ws.rs.DefaultValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import rapport.console.services.customers.Category;
import rapport.console.services.customers.Channel;
import rapport.console.services.customers.CustomerDetails;
import rapport.console.services.customers.CustomerKind;
import rapport.console.services.customers.Direction;
import rapport.console.services.customers.NewContact;
import rapport.console.services.customers.NewFollowUp;
import rapport.console.services.customers.Outcome;
import rapport.console.services.customers.Technique;
import rapport.console.services.customers.ValueSegment;
import rapport.console.shell.FormErrors;
import rapport.console.shell.FormValues;
import rapport.console.shell.TemplateExtensions;

/**
 * The "Log a contact" form as sent, every value kept as typed so that a refused form comes back as it was. Its field
 * names are the services' own (summary, dueAt, displayName, ...) so that a problem+json error lands next to its field.
 */
public class ContactForm {

    /** A customer id, or {@link #NEW_CUSTOMER} to register the customer typed in {@code q}. */
    @RestForm
    public String customerId;
    @RestForm
    public String q;
    @RestForm
    public String displayName;
    @RestForm
    public String email;
    @RestForm
    public String phone;
    @RestForm
    @DefaultValue("EXTERNAL")
    public String kind;
    @RestForm
    public String valueSegment;
    @RestForm
    public String surveyConsent;
    @RestForm
    public String caseId;
    @RestForm
    public String channel;
    @RestForm
    @DefaultValue("INBOUND")
    public String direction;
    @RestForm
    @DefaultValue("ENQUIRY")
    public String category;
    @RestForm
    @DefaultValue("RESOLVED")
    public String outcome;
    @RestForm
    public String summary;
    /** {@code yyyy-MM-ddTHH:mm} in the console's zone, as {@code <input type="datetime-local">} sends it. */
    @RestForm
    public String occurredAt;
    @RestForm
    public String durationMinutes;
    @RestForm
    public List<String> techniques = new ArrayList<>();
    @RestForm
    public String promise;
    @RestForm
    public String dueAt;
    /** One per form shown: makes the form's POSTs safe to repeat (Idempotency-Key). */
    @RestForm
    public String formKey;

    public static final String NEW_CUSTOMER = "new";

    public boolean registersCustomer() {
        return NEW_CUSTOMER.equals(customerId);
    }

    public boolean promisesFollowUp() {
        return promise != null && !promise.isBlank();
    }

    public boolean hasTechnique(Technique technique) {
        return techniques.contains(technique.name());
    }

    public boolean isChannel(Channel value) {
        return value.name().equals(channel);
    }

    /** The checks the console makes before calling a service: values the form itself offers, dates it can read. */
    FormErrors check() {
        FormErrors errors = FormErrors.none();
        if (customerId == null || customerId.isBlank()) {
            errors = errors.with("customerId", "choose a customer, or a new one");
        } else if (!registersCustomer() && FormValues.uuid(customerId).isEmpty()) {
            errors = errors.with("customerId", "choose a customer from the list");
        }
        if (registersCustomer() && (displayName == null || displayName.isBlank())) {
            errors = errors.with("displayName", "must not be blank");
        }
        if (FormValues.time(occurredAt).isEmpty()) {
            errors = errors.with("occurredAt", "must be a date and time");
        }
        if (promisesFollowUp() && FormValues.time(dueAt).isEmpty()) {
            errors = errors.with("dueAt", "must be a date and time");
        }
        if (durationMinutes != null && !durationMinutes.isBlank() && !durationMinutes.strip().matches("\\d{1,4}")) {
            errors = errors.with("durationMinutes", "must be a whole number of minutes");
        }
        return errors;
    }

    CustomerDetails customer() {
        return new CustomerDetails(displayName.strip(), FormValues.blankToNull(email), FormValues.blankToNull(phone),
                enumOrNull(CustomerKind.class, kind), enumOrNull(ValueSegment.class, valueSegment),
                enumOrNull(Channel.class, channel), null, surveyConsent != null);
    }

    NewContact contact() {
        return new NewContact(FormValues.uuid(caseId).orElse(null), FormValues.time(occurredAt).orElseThrow(),
                enumOrNull(Channel.class, channel), enumOrNull(Direction.class, direction),
                enumOrNull(Category.class, category), enumOrNull(Outcome.class, outcome),
                FormValues.blankToNull(summary),
                durationMinutes == null || durationMinutes.isBlank() ? null : Integer.valueOf(durationMinutes.strip()),
                techniques.stream().map(t -> enumOrNull(Technique.class, t)).toList());
    }

    NewFollowUp followUp(UUID interaction) {
        return new NewFollowUp(promise.strip(), null, FormValues.time(dueAt).orElseThrow(), interaction);
    }

    Optional<UUID> chosenCustomer() {
        return registersCustomer() ? Optional.empty() : FormValues.uuid(customerId);
    }

    /** An unknown value is sent as null, so that the service names the field in its answer. */
    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
