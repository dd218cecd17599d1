package rapport.console.contact;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import rapport.console.services.ServiceProblem;
import rapport.console.services.customers.CaseStatus;
import rapport.console.services.customers.Contact;
import rapport.console.services.customers.Customer;
import rapport.console.services.customers.CustomerServiceClient;
import rapport.console.services.customers.SupportCase;
import rapport.console.shell.FormErrors;
import rapport.console.shell.FormValues;
import rapport.console.shell.Section;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;
import rapport.console.shell.TemplateExtensions;

/**
 * Log a contact in seconds, with the keyboard alone: customer search as you type (or a new customer inline), the
 * customer's open cases, channel (the user's last one), direction, category, outcome, summary, when it happened (now
 * unless changed), and optionally communication techniques and a follow-up promise.
 */
@Path("/teams/{team}/contacts")
@Produces(MediaType.TEXT_HTML)
public class ContactPage {

    /** Remembers the channel the user chose last, for the next contact ("user:CHANNEL"). */
    static final String CHANNEL_COOKIE = "rapport-last-channel";
    static final Set<String> FIELDS = Set.of("customerId", "displayName", "email", "phone", "kind", "valueSegment",
            "surveyConsent", "caseId", "channel", "direction", "category", "outcome", "summary", "occurredAt",
            "durationMinutes", "techniques", "promise", "dueAt");
    static final int SEARCH_RESULTS = 8;

    @CheckedTemplate(basePath = "contact")
    static class Templates {
        static native TemplateInstance form(Shell shell, ContactFormView view);

        static native TemplateInstance customerChoices(Shell shell, ContactFormView view);

        static native TemplateInstance caseChoices(Shell shell, ContactFormView view);
    }

    @Inject
    Shells shells;

    @Inject
    Clock clock;

    @RestClient
    CustomerServiceClient customers;

    @GET
    @Path("/new")
    public Uni<TemplateInstance> form(@PathParam("team") String team, @QueryParam("customer") String customer,
            @QueryParam("case") String caseId, @QueryParam("outcome") String outcome,
            @QueryParam("logged") String logged, @CookieParam(CHANNEL_COOKIE) String lastChannel) {
        Shell shell = shells.change(team, Section.LOG_CONTACT, "Log a contact");
        ContactForm form = new ContactForm();
        form.customerId = customer;
        form.caseId = caseId;
        form.direction = "INBOUND";
        form.category = "ENQUIRY";
        form.outcome = outcome == null ? "RESOLVED" : outcome;
        form.kind = "EXTERNAL";
        form.channel = lastChannel(lastChannel, shells.user().name());
        form.occurredAt = TemplateExtensions.inputValue(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        form.dueAt = TemplateExtensions.inputValue(clock.instant().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
        form.formKey = UUID.randomUUID().toString();
        Uni<Optional<Customer>> loggedFor = FormValues.uuid(logged)
                .map(id -> customers.customer(team, id).map(Optional::of)).orElse(Uni.createFrom().item(Optional.empty()));
        return loggedFor.flatMap(done -> render(shell, form, FormErrors.none(), done.orElse(null))
                .map(view -> Templates.form(shell, view)));
    }

    /** The customers matching what is typed, as choices (htmx swaps them in), with the first one's open cases. */
    @GET
    @Path("/customer-choices")
    public Uni<TemplateInstance> customerChoices(@PathParam("team") String team, @QueryParam("q") String q) {
        Shell shell = shells.change(team, Section.LOG_CONTACT, "Log a contact");
        ContactForm form = new ContactForm();
        form.q = q;
        return search(team, q).flatMap(found -> {
            form.customerId = found.isEmpty() ? (q == null || q.isBlank() ? null : ContactForm.NEW_CUSTOMER)
                    : found.get(0).id().toString();
            form.displayName = q;
            return openCases(team, form.chosenCustomer()).map(cases -> Templates.customerChoices(shell,
                    new ContactFormView(form, found, null, cases, FormErrors.none(), true)));
        });
    }

    /** The open cases of the chosen customer (htmx swaps them in when the customer changes). */
    @GET
    @Path("/case-choices")
    public Uni<TemplateInstance> caseChoices(@PathParam("team") String team, @QueryParam("customerId") String customer) {
        Shell shell = shells.change(team, Section.LOG_CONTACT, "Log a contact");
        ContactForm form = new ContactForm();
        form.customerId = customer;
        return openCases(team, form.chosenCustomer()).map(cases -> Templates.caseChoices(shell,
                new ContactFormView(form, List.of(), null, cases, FormErrors.none(), false)));
    }

    @POST
    public Uni<Response> log(@PathParam("team") String team, @BeanParam ContactForm form) {
        Shell shell = shells.change(team, Section.LOG_CONTACT, "Log a contact");
        FormErrors checked = form.check();
        if (!checked.isEmpty()) {
            return refused(shell, form, checked);
        }
        Uni<UUID> customer = form.registersCustomer()
                ? customers.register(team, form.formKey + ":customer", form.customer()).map(Customer::id)
                : Uni.createFrom().item(form.chosenCustomer().orElseThrow());
        return customer.flatMap(id -> {
            form.customerId = id.toString();
            return customers.log(team, id, form.formKey + ":contact", form.contact())
                    .flatMap(contact -> promise(team, form, contact))
                    .map(contact -> Response.seeOther(URI.create(shell.base() + "/contacts/new?logged=" + id))
                            .cookie(new NewCookie.Builder(CHANNEL_COOKIE).value(shells.user().name() + ":"
                                    + form.channel).path(shell.base()).httpOnly(true).sameSite(NewCookie.SameSite.LAX)
                                    .maxAge(60 * 60 * 24 * 365).build())
                            .build());
        }).onFailure(ServiceProblem.class).recoverWithUni(e -> refused(shell, form,
                FormErrors.of((ServiceProblem) e, FIELDS)));
    }

    private Uni<Contact> promise(String team, ContactForm form, Contact contact) {
        if (!form.promisesFollowUp()) {
            return Uni.createFrom().item(contact);
        }
        return customers.promise(team, contact.customerId(), form.formKey + ":follow-up", form.followUp(contact.id()))
                .replaceWith(contact);
    }

    private Uni<Response> refused(Shell shell, ContactForm form, FormErrors errors) {
        return render(shell, form, errors, null).map(view -> Response.status(400)
                .type(MediaType.TEXT_HTML_TYPE).entity(Templates.form(shell, view)).build());
    }

    private Uni<ContactFormView> render(Shell shell, ContactForm form, FormErrors errors, Customer logged) {
        Uni<List<Customer>> chosen = form.chosenCustomer()
                .map(id -> customers.customer(shell.team(), id).map(List::of))
                .orElse(Uni.createFrom().item(List.of()));
        return Uni.combine().all().unis(chosen, openCases(shell.team(), form.chosenCustomer())).asTuple()
                .map(both -> new ContactFormView(form, both.getItem1(), logged, both.getItem2(), errors,
                        false));
    }

    private Uni<List<Customer>> search(String team, String q) {
        if (q == null || q.isBlank()) {
            return Uni.createFrom().item(List.of());
        }
        return customers.customers(team, q.strip(), "ACTIVE", 0, SEARCH_RESULTS).map(page -> page.items());
    }

    private Uni<List<SupportCase>> openCases(String team, Optional<UUID> customer) {
        return customer.map(id -> customers.cases(team, CaseStatus.OPEN, id, null, 0, 20).map(page -> page.items()))
                .orElse(Uni.createFrom().item(List.of()));
    }

    static String lastChannel(String cookie, String user) {
        if (cookie != null && cookie.startsWith(user + ":")) {
            return cookie.substring(user.length() + 1);
        }
        return "PHONE";
    }
}
