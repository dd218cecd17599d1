package rapport.kpi.improvement;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import rapport.kpi.api.KpiResource;
import rapport.kpi.report.KpiRequests;
import rapport.web.Page;
import rapport.web.PageParams;
import rapport.web.Idempotency;
import rapport.web.idempotency.IdempotentRequests;

@Path("/api/teams/{teamId}/improvements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Improvement actions")
@RunOnVirtualThread
public class ImprovementResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ImprovementService improvements;

    @Inject
    ImprovementEvaluator evaluator;

    @Inject
    KpiRequests requests;

    @Inject
    JsonWebToken caller;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Operation(summary = "Record an improvement action", description = "What the team changed and why, the KPI it "
            + "targets and the expected direction. Windows default to the 28 days before and from dateInPlace. "
            + "A retried POST with the same Idempotency-Key gets the first answer again (201, header "
            + "Idempotent-Replayed: true); the same key with another body is a 422 (idempotency-key-reused).")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @APIResponse(responseCode = "400", description = "Missing field, unknown or non-evaluable KPI, date in the future, "
            + "overlapping or empty windows", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(
            name = "future date", value = """
                    {"type":"https://rapport.dev/problems/validation","title":"Invalid request","status":400,
                     "detail":"dateInPlace: must not be in the future (today is 2026-03-10)",
                     "errors":[{"field":"dateInPlace","message":"must not be in the future (today is 2026-03-10)"}]}""")))
    public Response create(@Parameter(example = "demo") @PathParam("teamId") String teamId,
            @Parameter(description = "Makes a retried POST safe", example = "9b1f0c52-create-1")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ImprovementRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        return idempotency.run(teamId, idempotencyKey, IdempotentRequests.route("POST", uri), request, () -> {
            Improvement created = improvements.create(teamId, request, caller.getName());
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .entity(created).build();
        });
    }

    @GET
    @Operation(summary = "List the team's improvement actions", description = "Newest dateInPlace first, paginated.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<Improvement> list(@Parameter(example = "demo") @PathParam("teamId") String teamId,
            @Valid @BeanParam PageParams page) {
        return improvements.list(teamId, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One improvement action")
    @APIResponse(responseCode = "200", description = "The action")
    @APIResponse(responseCode = "404", description = "No such action in this team", content = @Content(mediaType = PROBLEM))
    public Improvement get(@Parameter(example = "demo") @PathParam("teamId") String teamId,
            @PathParam("id") UUID id) {
        return improvements.get(teamId, id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change an improvement action", description = "Replaces every field; same rules as create.")
    @APIResponse(responseCode = "200", description = "The changed action")
    @APIResponse(responseCode = "404", description = "No such action in this team", content = @Content(mediaType = PROBLEM))
    public Improvement update(@Parameter(example = "demo") @PathParam("teamId") String teamId, @PathParam("id") UUID id,
            @Valid @NotNull ImprovementRequest request) {
        return improvements.update(teamId, id, request);
    }

    @GET
    @Path("/{id}/evaluation")
    @Operation(summary = "Did the change work?", description = "The target KPI in the baseline and evaluation windows "
            + "with n, the difference and its 95 % interval, the p-value of the test (two-proportion z, NPS "
            + "difference or Welch's t) and the verdict, also in plain words.")
    @APIResponse(responseCode = "200", description = "The evaluation")
    @APIResponse(responseCode = "422", description = "The evaluation window has not started yet",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "future window", value = """
                    {"type":"https://rapport.dev/problems/evaluation-window-in-future","title":"Evaluation window in the future",
                     "status":422,"detail":"the evaluation window starts on 2026-05-01, after today (2026-04-10): there is nothing to evaluate yet"}""")))
    public ImprovementEvaluation evaluation(@Parameter(example = "demo") @PathParam("teamId") String teamId,
            @PathParam("id") UUID id,
            @Parameter(description = "Only this team member", example = "alice") @QueryParam("agent") String agent,
            @Parameter(description = KpiResource.CUSTOMER_KIND, example = "EXTERNAL") @QueryParam("customerKind")
            String customerKind,
            @Parameter(description = KpiResource.VALUE_SEGMENT, example = "HIGH") @QueryParam("valueSegment")
            String valueSegment) {
        return evaluator.evaluate(teamId, id, requests.filter(agent, null, null, customerKind, valueSegment));
    }
}
