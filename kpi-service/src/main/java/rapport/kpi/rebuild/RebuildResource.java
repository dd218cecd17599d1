package rapport.kpi.rebuild;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import rapport.web.Roles;

@Path(RebuildResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed(Roles.ADMIN)
public class RebuildResource {

    static final String PATH = "/api/admin/rebuild";

    @Inject
    RebuildService rebuild;

    @POST
    @Operation(summary = "Rebuild the read model from the topics", description = "Clears the read model and replays "
            + "rapport.customers and rapport.feedback from the beginning; KPIs afterwards equal KPIs before. Team "
            + "settings and improvement actions are kept. Admins only; follow the Location for progress.")
    @APIResponse(responseCode = "202", description = "Started; Location is the status URL")
    @APIResponse(responseCode = "409", description = "A rebuild is already running, a consumed topic may have dropped "
            + "events, or another kpi-service instance shares the consumer group (a rebuild needs a single instance)",
            content = @Content(mediaType = "application/problem+json"))
    public Response start() {
        RebuildStatus status = rebuild.start();
        return Response.accepted(status).location(URI.create(PATH)).build();
    }

    @GET
    @Operation(summary = "Progress of the running rebuild, or how the last one ended")
    @APIResponse(responseCode = "200", description = "Progress: records applied of the total, rate in events/s")
    public RebuildStatus status() {
        return rebuild.status();
    }
}
