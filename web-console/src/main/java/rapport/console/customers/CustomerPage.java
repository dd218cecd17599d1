package rapport.console.customers;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import rapport.console.services.customers.CaseStatus;
import rapport.console.services.customers.Customer;
import rapport.console.services.customers.CustomerServiceClient;
import rapport.console.services.customers.SupportCase;
import rapport.console.services.feedback.FeedbackServiceClient;
import rapport.console.shell.NotAllowed;
import rapport.console.shell.Section;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;

/**
 * A customer: details, kind, value segment, consent, and the journey — every contact, case, complaint step, promise
 * and survey answer on one timeline, from one round of calls. Admins also get the subject-access export and erasure
 * (with a confirmation).
 */
@Path("/teams/{team}/customers/{customer}")
@Produces(MediaType.TEXT_HTML)
public class CustomerPage {

    /** How much of a customer's history one page gathers from each list. */
    static final int HISTORY = 100;

    @CheckedTemplate(basePath = "customers")
    static class Templates {
        static native TemplateInstance customer(Shell shell, Customer customer, List<JourneyEntry> journey,
                boolean erased);

        static native TemplateInstance confirmErasure(Shell shell, Customer customer);
    }

    @Inject
    Shells shells;

    @RestClient
    CustomerServiceClient customers;

    @RestClient
    FeedbackServiceClient feedback;

    @GET
    public Uni<TemplateInstance> customer(@PathParam("team") String team, @PathParam("customer") UUID id,
            @QueryParam("erased") boolean erased) {
        Shell shell = shells.page(team, Section.CUSTOMERS, "Customer");
        return Uni.combine().all().unis(
                customers.customer(team, id),
                customers.timeline(team, id, 0, HISTORY),
                customers.cases(team, CaseStatus.OPEN, id, null, 0, HISTORY),
                customers.cases(team, CaseStatus.RESOLVED, id, null, 0, HISTORY),
                customers.followUps(team, "ALL", null, id, 0, HISTORY),
                feedback.responses(team, id, 0, HISTORY),
                customers.complaintStepsOf(team, id)).asTuple()
                .map(all -> {
                    List<SupportCase> cases = new ArrayList<>(all.getItem3().items());
                    cases.addAll(all.getItem4().items());
                    return Templates.customer(shell, all.getItem1(), Journey.of(shell.base(), all.getItem2().items(),
                            cases, all.getItem7(), all.getItem5().items(), all.getItem6().items()), erased);
                });
    }

    /** Subject access: everything customer-service holds about the customer, as a JSON download. */
    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> export(@PathParam("team") String team, @PathParam("customer") UUID id) {
        requireAdmin(team);
        return customers.export(team, id).map(answer -> Response.ok(answer.readEntity(String.class))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"customer-" + id + ".json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }

    @GET
    @Path("/erase")
    public Uni<TemplateInstance> confirmErasure(@PathParam("team") String team, @PathParam("customer") UUID id) {
        Shell shell = requireAdmin(team);
        return customers.customer(team, id).map(c -> Templates.confirmErasure(shell, c));
    }

    @POST
    @Path("/erase")
    public Uni<Response> erase(@PathParam("team") String team, @PathParam("customer") UUID id) {
        Shell shell = requireAdmin(team);
        return customers.erase(team, id).map(receipt -> Response.seeOther(
                URI.create(shell.base() + "/customers/" + id + "?erased=true")).build());
    }

    private Shell requireAdmin(String team) {
        Shell shell = shells.change(team, Section.CUSTOMERS, "Customer");
        if (!shell.admin()) {
            throw new NotAllowed("Only administrators export or erase a customer's personal data.", () -> shell);
        }
        return shell;
    }
}
