package rapport.customer.customers;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/teams/{teamId}/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
@RunOnVirtualThread
public class CustomerResource {

    @Inject
    CustomerService customers;

    @POST
    @Operation(summary = "Register a customer", description = "Publishes rapport.customer.registered.v1.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new customer")
    public Response register(@PathParam("teamId") String teamId, @Valid @NotNull NewCustomer request, UriInfo uri) {
        CustomerView created = customers.register(teamId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/{customerId}")
    @Operation(summary = "Read one customer")
    @APIResponse(responseCode = "200", description = "The customer")
    @APIResponse(responseCode = "404", description = "No such customer in this team")
    public CustomerView get(@PathParam("teamId") String teamId, @PathParam("customerId") UUID customerId) {
        return customers.get(teamId, customerId);
    }
}
