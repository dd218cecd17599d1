package rapport.console.feedback;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import rapport.console.services.ServiceProblem;
import rapport.console.services.customers.Customer;
import rapport.console.services.customers.CustomerServiceClient;
import rapport.console.services.feedback.FeedbackServiceClient;
import rapport.console.services.feedback.NewInvitation;
import rapport.console.services.feedback.SurveyResponse;
import rapport.console.shell.FormErrors;
import rapport.console.shell.FormValues;
import rapport.console.shell.Section;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;
import rapport.console.shell.TemplateExtensions;

/**
 * What customers said: responses filtered by period, source, channel, agent and score, with their comments; a survey
 * link for a customer, shown once with a copy button; and feedback collected on paper or by phone.
 */
@Path("/teams/{team}/feedback")
@Produces(MediaType.TEXT_HTML)
public class FeedbackPage {

    static final int PAGE_SIZE = 20;
    static final int SEARCH_RESULTS = 8;

    @CheckedTemplate(basePath = "feedback")
    static class Templates {
        static native TemplateInstance list(Shell shell, FeedbackView view);

        static native TemplateInstance record(Shell shell, RecordView view);

        static native TemplateInstance link(Shell shell, LinkView view);
    }

    @Inject
    Shells shells;

    @Inject
    Clock clock;

    @RestClient
    FeedbackServiceClient feedback;

    @RestClient
    CustomerServiceClient customers;

    @GET
    public Uni<Response> list(@PathParam("team") String team, @BeanParam FeedbackFilters filters,
            @QueryParam("page") @DefaultValue("0") int page) {
        Shell shell = shells.page(team, Section.FEEDBACK, "Feedback");
        filters.defaults(LocalDate.now(clock.withZone(TemplateExtensions.ZONE)));
        FormErrors checked = filters.check();
        if (!checked.isEmpty()) {
            return Uni.createFrom().item(refused(shell, filters, checked));
        }
        int chosen = Math.max(page, 0);
        return feedback.responses(team, filters.query(), chosen, PAGE_SIZE)
                .flatMap(found -> names(team, found.items())
                        .map(known -> Response.ok(Templates.list(shell, new FeedbackView(filters, found, known, chosen,
                                FormErrors.none()))).build()))
                .onFailure(ServiceProblem.class).recoverWithItem(e -> refused(shell, filters,
                        FormErrors.of((ServiceProblem) e, FeedbackFilters.FIELDS)));
    }

    /** The form for feedback collected by hand; {@code q} searches the customer, {@code customer} names one. */
    @GET
    @Path("/new")
    public Uni<TemplateInstance> recordForm(@PathParam("team") String team, @QueryParam("q") String q,
            @QueryParam("customer") String customer, @QueryParam("recorded") boolean recorded) {
        Shell shell = shells.change(team, Section.FEEDBACK, "Record feedback");
        ResponseForm form = new ResponseForm();
        form.q = q;
        form.customerId = customer;
        form.source = "PAPER";
        form.submittedAt = TemplateExtensions.inputValue(clock.instant().truncatedTo(ChronoUnit.MINUTES));
        form.formKey = UUID.randomUUID().toString();
        return choice(team, q, customer).map(choice -> Templates.record(shell,
                new RecordView(choice, form, FormErrors.none(), recorded)));
    }

    @POST
    @Path("/responses")
    public Uni<Response> record(@PathParam("team") String team, @BeanParam ResponseForm form) {
        Shell shell = shells.change(team, Section.FEEDBACK, "Record feedback");
        FormErrors checked = form.check();
        if (!checked.isEmpty()) {
            return refused(shell, form, checked);
        }
        return feedback.record(team, form.formKey, form.request())
                .map(saved -> Response.seeOther(URI.create(shell.base() + "/feedback/new?recorded=true")).build())
                .onFailure(ServiceProblem.class).recoverWithUni(e -> refused(shell, form,
                        FormErrors.of((ServiceProblem) e, ResponseForm.FIELDS)));
    }

    /** The survey-link form; {@code q} searches the customer, {@code customer} names one. */
    @GET
    @Path("/link")
    public Uni<TemplateInstance> linkForm(@PathParam("team") String team, @QueryParam("q") String q,
            @QueryParam("customer") String customer) {
        Shell shell = shells.change(team, Section.FEEDBACK, "Survey link");
        return choice(team, q, customer).map(choice -> Templates.link(shell, new LinkView(choice, null,
                UUID.randomUUID().toString(), null, FormErrors.none())));
    }

    /** Creates the invitation and shows its link (not e-mailed: the team passes it on). */
    @POST
    @Path("/link")
    public Uni<Response> createLink(@PathParam("team") String team, @RestForm String customerId,
            @RestForm String channel, @RestForm String formKey) {
        Shell shell = shells.change(team, Section.FEEDBACK, "Survey link");
        Optional<UUID> customer = FormValues.uuid(customerId);
        if (customer.isEmpty()) {
            return linkRefused(shell, customerId, channel, formKey,
                    FormErrors.none().with("customerId", "choose a customer"));
        }
        return feedback.invite(team, formKey, new NewInvitation(customer.get(),
                FormValues.blankToNull(channel), false))
                .flatMap(issued -> choice(team, null, customerId).map(choice -> Response.ok(Templates.link(shell,
                        new LinkView(choice, channel, formKey, issued, FormErrors.none()))).build()))
                .onFailure(ServiceProblem.class).recoverWithUni(e -> linkRefused(shell, customerId, channel, formKey,
                        FormErrors.of((ServiceProblem) e, LinkView.FIELDS)));
    }

    private Uni<Response> linkRefused(Shell shell, String customerId, String channel, String formKey,
            FormErrors errors) {
        return choice(shell.team(), null, customerId).map(choice -> Response.status(400)
                .type(MediaType.TEXT_HTML_TYPE).entity(Templates.link(shell, new LinkView(choice, channel, formKey,
                        null, errors))).build());
    }

    private Uni<Response> refused(Shell shell, ResponseForm form, FormErrors errors) {
        return choice(shell.team(), form.q, form.customerId).map(choice -> Response.status(400)
                .type(MediaType.TEXT_HTML_TYPE).entity(Templates.record(shell, new RecordView(choice, form, errors,
                        false))).build());
    }

    private static Response refused(Shell shell, FeedbackFilters filters, FormErrors errors) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(Templates.list(shell,
                new FeedbackView(filters, null, Map.of(), 0, errors))).build();
    }

    /**
     * The names of the responses' customers: feedback-service knows only their ids, customer-service answers them all
     * in one call (docs/customer-service.md, "Customers' names in lists").
     */
    private Uni<Map<UUID, String>> names(String team, List<SurveyResponse> responses) {
        List<UUID> ids = responses.stream().map(SurveyResponse::customerId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return customers.customers(team, ids, ids.size()).map(found -> found.items().stream()
                .collect(Collectors.toMap(Customer::id, Customer::displayName)));
    }

    /** The customers to choose from: those matching {@code q}, else the one named. */
    private Uni<CustomerChoice> choice(String team, String q, String chosen) {
        Uni<List<Customer>> found;
        if (!FormValues.blank(q)) {
            found = customers.customers(team, q.strip(), "ACTIVE", 0, SEARCH_RESULTS).map(p -> p.items());
        } else if (FormValues.uuid(chosen).isPresent()) {
            found = customers.customer(team, FormValues.uuid(chosen).get()).map(List::of)
                    .onFailure(ServiceProblem.class).recoverWithItem(List.of());
        } else {
            found = Uni.createFrom().item(List.of());
        }
        return found.map(list -> new CustomerChoice(q, list, chosen));
    }
}
