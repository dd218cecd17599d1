package rapport.console.services.kpis;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import rapport.console.services.ServiceErrors;

/** kpi-service's public API (docs/kpi-service.md), called with the signed-in user's access token. */
@RegisterRestClient(configKey = "kpi-service")
@AccessToken
@Path("/api/teams/{teamId}")
@Produces(MediaType.APPLICATION_JSON)
public interface KpiServiceClient {

    String NAME = "kpi-service";

    /** Every KPI over {@code [from, to)}; agent, channel and category are optional filters. */
    @GET
    @Path("/kpis")
    Uni<KpiReport> kpis(@PathParam("teamId") String team, @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to, @QueryParam("agent") String agent, @QueryParam("channel") String channel,
            @QueryParam("category") String category);

    /** One KPI per {@code bucket} (day, week or month) over {@code [from, to)}. */
    @GET
    @Path("/kpis/{kpi}/series")
    Uni<KpiSeries> series(@PathParam("teamId") String team, @PathParam("kpi") String kpi,
            @QueryParam("bucket") String bucket, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("agent") String agent, @QueryParam("channel") String channel,
            @QueryParam("category") String category);

    @GET
    @Path("/settings")
    Uni<TeamSettings> settings(@PathParam("teamId") String team);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ServiceErrors.of(NAME, response);
    }
}
