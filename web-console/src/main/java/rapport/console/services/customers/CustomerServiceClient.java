package rapport.console.services.customers;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import rapport.console.services.Page;
import rapport.console.services.ServiceErrors;

/**
 * customer-service's public API (docs/customer-service.md), called with the signed-in user's access token. Every
 * method is asynchronous so that a page can ask several services at once.
 */
@RegisterRestClient(configKey = "customer-service")
@AccessToken
@Path("/api/teams/{teamId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CustomerServiceClient {

    String NAME = "customer-service";

    @GET
    @Path("/customers")
    Uni<Page<Customer>> customers(@PathParam("teamId") String team, @QueryParam("q") String search,
            @QueryParam("status") String status, @QueryParam("page") int page, @QueryParam("size") int size);

    /** The team's customers among {@code ids} (at most 100, as many as {@code size}); others' ids match nothing. */
    @GET
    @Path("/customers")
    Uni<Page<Customer>> customers(@PathParam("teamId") String team, @QueryParam("id") List<UUID> ids,
            @QueryParam("size") int size);

    @GET
    @Path("/customers/{customerId}")
    Uni<Customer> customer(@PathParam("teamId") String team, @PathParam("customerId") UUID customer);

    @POST
    @Path("/customers")
    Uni<Customer> register(@PathParam("teamId") String team, @HeaderParam("Idempotency-Key") String key,
            CustomerDetails details);

    @GET
    @Path("/customers/{customerId}/interactions")
    Uni<Page<Contact>> timeline(@PathParam("teamId") String team, @PathParam("customerId") UUID customer,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/customers/{customerId}/interactions")
    Uni<Contact> log(@PathParam("teamId") String team, @PathParam("customerId") UUID customer,
            @HeaderParam("Idempotency-Key") String key, NewContact contact);

    /** The team's contacts in {@code [from, to)}, newest first. */
    @GET
    @Path("/interactions")
    Uni<Page<Contact>> contacts(@PathParam("teamId") String team, @QueryParam("from") Instant from,
            @QueryParam("to") Instant to, @QueryParam("agent") String agent,
            @QueryParam("includeVoided") boolean includeVoided, @QueryParam("page") int page,
            @QueryParam("size") int size);

    /** Cases oldest first (by when their opening contact happened). */
    @GET
    @Path("/cases")
    Uni<Page<SupportCase>> cases(@PathParam("teamId") String team, @QueryParam("status") CaseStatus status,
            @QueryParam("customerId") UUID customer, @QueryParam("category") Category category,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/cases/{caseId}")
    Uni<CaseDetail> caseDetail(@PathParam("teamId") String team, @PathParam("caseId") UUID caseId);

    @GET
    @Path("/cases/{caseId}/complaint-steps")
    Uni<List<ComplaintStepRecord>> complaintSteps(@PathParam("teamId") String team, @PathParam("caseId") UUID caseId);

    /** The complaint steps of all the customer's cases, in the order they were taken. */
    @GET
    @Path("/customers/{customerId}/complaint-steps")
    Uni<List<ComplaintStepRecord>> complaintStepsOf(@PathParam("teamId") String team,
            @PathParam("customerId") UUID customer);

    @POST
    @Path("/cases/{caseId}/complaint-steps")
    Uni<ComplaintStepRecord> recordStep(@PathParam("teamId") String team, @PathParam("caseId") UUID caseId,
            @HeaderParam("Idempotency-Key") String key, NewComplaintStep step);

    /** {@code state}: OPEN, DUE (due before {@code dueBefore}, overdue included), OVERDUE, COMPLETED or ALL. */
    @GET
    @Path("/follow-ups")
    Uni<Page<FollowUp>> followUps(@PathParam("teamId") String team, @QueryParam("state") String state,
            @QueryParam("dueBefore") Instant dueBefore, @QueryParam("customerId") UUID customer,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/customers/{customerId}/follow-ups")
    Uni<FollowUp> promise(@PathParam("teamId") String team, @PathParam("customerId") UUID customer,
            @HeaderParam("Idempotency-Key") String key, NewFollowUp followUp);

    @POST
    @Path("/follow-ups/{followUpId}/complete")
    Uni<FollowUp> complete(@PathParam("teamId") String team, @PathParam("followUpId") UUID followUp);

    /** The subject-access export, as the service sends it (a JSON attachment). */
    @GET
    @Path("/customers/{customerId}/export")
    Uni<Response> export(@PathParam("teamId") String team, @PathParam("customerId") UUID customer);

    @DELETE
    @Path("/customers/{customerId}/personal-data")
    Uni<ErasureReceipt> erase(@PathParam("teamId") String team, @PathParam("customerId") UUID customer);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ServiceErrors.of(NAME, response);
    }
}
