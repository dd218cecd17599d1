package rapport.kpi.summary;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import rapport.kpi.readmodel.ReadModelCustomer;

@Path("/api/teams/{teamId}/kpis/summary")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs")
@RunOnVirtualThread
public class SummaryResource {

    @GET
    @Operation(summary = "What kpi-service has recorded for the team so far")
    public TeamSummary summary(@PathParam("teamId") String teamId) {
        return new TeamSummary(teamId, ReadModelCustomer.count("teamId", teamId));
    }
}
