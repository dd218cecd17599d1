package rapport.console.services.kpis;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import rapport.console.services.Page;
import rapport.console.services.ServiceErrors;

/** kpi-service's public API (docs/kpi-service.md), called with the signed-in user's access token. */
@RegisterRestClient(configKey = "kpi-service")
@AccessToken
@Path("/api/teams/{teamId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface KpiServiceClient {

    String NAME = "kpi-service";

    /** Every KPI over the query's period, with its filters. */
    @GET
    @Path("/kpis")
    Uni<KpiReport> kpis(@PathParam("teamId") String team, @BeanParam KpiQuery query);

    /** One KPI per {@code bucket} (day, week or month) over the query's period. */
    @GET
    @Path("/kpis/{kpi}/series")
    Uni<KpiSeries> series(@PathParam("teamId") String team, @PathParam("kpi") String kpi,
            @QueryParam("bucket") String bucket, @BeanParam KpiQuery query);

    @GET
    @Path("/settings")
    Uni<TeamSettings> settings(@PathParam("teamId") String team);

    /** The team's improvement actions, newest date in place first. */
    @GET
    @Path("/improvements")
    Uni<Page<Improvement>> improvements(@PathParam("teamId") String team, @QueryParam("page") int page,
            @QueryParam("size") int size);

    @POST
    @Path("/improvements")
    Uni<Improvement> recordImprovement(@PathParam("teamId") String team, @HeaderParam("Idempotency-Key") String key,
            NewImprovement improvement);

    @GET
    @Path("/improvements/{id}")
    Uni<Improvement> improvement(@PathParam("teamId") String team, @PathParam("id") UUID id);

    /** The before/after evaluation; a 422 {@code evaluation-window-in-future} while it has not started. */
    @GET
    @Path("/improvements/{id}/evaluation")
    Uni<ImprovementEvaluation> evaluation(@PathParam("teamId") String team, @PathParam("id") UUID id);

    /** The evidence pack's content as JSON: what the PDF and the ZIP will show. */
    @GET
    @Path("/evidence")
    Uni<EvidencePack> evidencePreview(@PathParam("teamId") String team, @QueryParam("format") String json,
            @BeanParam KpiQuery query);

    /** The evidence pack as kpi-service sends it ({@code format} pdf or zip), with its type and file name. */
    @GET
    @Path("/evidence")
    @Produces({"application/pdf", "application/zip", MediaType.APPLICATION_JSON})
    Uni<Response> evidence(@PathParam("teamId") String team, @QueryParam("format") String format,
            @BeanParam KpiQuery query);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ServiceErrors.of(NAME, response);
    }
}
