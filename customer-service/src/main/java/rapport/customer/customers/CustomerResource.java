package rapport.customer.customers;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import rapport.customer.common.ApiExamples;
import rapport.web.idempotency.IdempotentRequests;
import rapport.web.Idempotency;
import rapport.web.Page;
import rapport.web.PageParams;

@Path("/api/teams/{teamId}/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
@RunOnVirtualThread
public class CustomerResource {

    private static final String CUSTOMER_EXAMPLE = """
            {"id": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b", "teamId": "demo", "displayName": "Ada Lovelace",
             "email": "ada@example.org", "phone": "+44 20 7946 0958", "kind": "EXTERNAL", "valueSegment": "HIGH",
             "preferredChannel": "EMAIL", "needs": "Prefers morning calls", "surveyConsent": true, "status": "ACTIVE",
             "createdAt": "2026-11-23T09:30:00Z", "updatedAt": "2026-11-23T09:30:00Z"}""";

    @Inject
    CustomerService customers;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Operation(summary = "Register a customer", description = "Refuses a second customer with the same e-mail or phone "
            + "in the team (409 naming it) unless allowDuplicate=true. Publishes rapport.customer.registered.v1.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new customer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "registered", value = CUSTOMER_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid field, unknown enum value or malformed JSON",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "validation", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "409", description = "Another customer of the team has this e-mail or phone",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "duplicate", value = ApiExamples.DUPLICATE)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key already used with another request",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "key reused", value = ApiExamples.KEY_REUSED)))
    public Response register(@PathParam("teamId") String teamId, @Valid @NotNull CustomerDetails request,
            @QueryParam("allowDuplicate") @DefaultValue("false")
            @Parameter(description = "Register even when the e-mail or phone is already known") boolean allowDuplicate,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried POST safe", example = "b7e4c1d2-9f3a-4e5b-8c6d-7a8b9c0d1e2f") String key,
            UriInfo uri) {
        return idempotency.run(teamId, key, IdempotentRequests.route("POST", uri), request, () -> {
            CustomerView created = customers.register(teamId, request, allowDuplicate);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
        });
    }

    @GET
    @Operation(summary = "List and search the team's customers", description = "Sorted by name; every filter is optional. "
            + "With id=…&id=… (at most 100) it answers the customers of another service's list in one call, as many as "
            + "the page size.")
    @APIResponse(responseCode = "200", description = "One page of customers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
                    value = "{\"items\": [" + CUSTOMER_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1}")))
    @APIResponse(responseCode = "400", description = "Unknown enum value, malformed or more than 100 ids, or page size "
            + "out of range",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = {
                    @ExampleObject(name = "bad size", value = ApiExamples.BAD_PAGE_SIZE),
                    @ExampleObject(name = "too many ids", value = ApiExamples.TOO_MANY_IDS) }))
    public Page<CustomerView> list(@PathParam("teamId") String teamId, @Valid @BeanParam CustomerQuery query,
            @Valid @BeanParam PageParams page) {
        return customers.list(teamId, query, page);
    }

    @GET
    @Path("/{customerId}")
    @Operation(summary = "Read one customer")
    @APIResponse(responseCode = "200", description = "The customer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "customer", value = CUSTOMER_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such customer in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    public CustomerView get(@PathParam("teamId") String teamId, @PathParam("customerId") UUID customerId) {
        return customers.get(teamId, customerId);
    }

    @PUT
    @Path("/{customerId}")
    @Operation(summary = "Replace a customer's details", description = "Publishes rapport.customer.updated.v1 with the full new state.")
    @APIResponse(responseCode = "200", description = "The updated customer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "customer", value = CUSTOMER_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such customer in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Duplicate e-mail or phone, or the customer was erased",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = {
                    @ExampleObject(name = "duplicate", value = ApiExamples.DUPLICATE),
                    @ExampleObject(name = "erased", value = ApiExamples.CUSTOMER_ERASED) }))
    public CustomerView update(@PathParam("teamId") String teamId, @PathParam("customerId") UUID customerId,
            @Valid @NotNull CustomerDetails request,
            @QueryParam("allowDuplicate") @DefaultValue("false") boolean allowDuplicate) {
        return customers.update(teamId, customerId, request, allowDuplicate);
    }
}
