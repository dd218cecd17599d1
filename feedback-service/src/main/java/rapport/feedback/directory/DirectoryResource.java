package rapport.feedback.directory;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/teams/{teamId}/directory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer directory")
@RunOnVirtualThread
public class DirectoryResource {

    @Inject
    CustomerDirectory directory;

    @GET
    @Path("/{customerId}")
    @Operation(summary = "A customer as feedback-service knows it (from customer-service's events)")
    @APIResponse(responseCode = "200", description = "Known customer")
    @APIResponse(responseCode = "404", description = "Not (yet) known in this team")
    public DirectoryEntry get(@PathParam("teamId") String teamId, @PathParam("customerId") UUID customerId) {
        return directory.get(teamId, customerId);
    }
}
