package rapport.feedback.response;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import rapport.web.Idempotency;
import rapport.web.idempotency.IdempotentRequests;
import rapport.web.Page;
import rapport.web.PageParams;

@Path("/api/teams/{teamId}/responses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Survey responses")
@RunOnVirtualThread
public class ResponseResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ResponseService responses;

    @Inject
    ResponseQueries queries;

    @Inject
    JsonWebToken caller;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Operation(summary = "Record feedback a team member collected",
            description = "Paper form, phone survey, in person, e-mail reply... submittedAt is when the customer gave "
                    + "it (may be in the past, not in the future). Naming an invitation (by id or by the token of its "
                    + "link) answers it. Publishes rapport.feedback.submitted.v1. A retry with the same "
                    + "Idempotency-Key returns the first response.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "recorded",
                    value = """
                            {"id": "8c7b6a59-4e3d-4c2b-9a1f-0e9d8c7b6a59", "source": "PAPER", "agent": "alice",
                             "submittedAt": "2026-11-20T15:30:00Z", "recordedAt": "2026-11-23T09:12:00Z",
                             "recordedBy": "alice", "answers": {"csat": 4, "nps": 9, "comment": "Very helpful"}}""")))
    @APIResponse(responseCode = "400", description = "A score out of range, no score at all, a future submittedAt, "
            + "source SURVEY_LINK, or a comment over 2000 characters",
            content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "out of range", value = """
                            {"type": "https://rapport.dev/problems/validation", "title": "Invalid request", "status": 400,
                             "errors": [{"field": "answers.csat", "message": "must be less than or equal to 5"}]}"""),
                    @ExampleObject(name = "empty", value = """
                            {"type": "https://rapport.dev/problems/empty-answer", "title": "Empty answer", "status": 400,
                             "errors": [{"field": "answers", "message": "answer at least one question"}]}""") }))
    @APIResponse(responseCode = "404", description = "The invitation or customer is not one of this team's",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "other team", value = """
                    {"type": "https://rapport.dev/problems/not-found", "title": "Not found", "status": 404,
                     "errors": [{"field": "invitationToken", "message": "unknown"}]}""")))
    @APIResponse(responseCode = "409", description = "The invitation was already answered (or withdrawn)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "answered", value = """
                    {"type": "https://rapport.dev/problems/invitation-answered",
                     "title": "Invitation already answered", "status": 409}""")))
    @APIResponse(responseCode = "422", description = "customerId differs from the invitation's customer "
            + "(customer-mismatch), or the Idempotency-Key was already used with a different request "
            + "(idempotency-key-reused)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "mismatch", value = """
                    {"type": "https://rapport.dev/problems/customer-mismatch", "status": 422}""")))
    public Response record(@PathParam("teamId") String teamId, @Valid @NotNull RecordedResponse request,
            @Parameter(description = "Makes a retried POST safe", example = "paper-form-0042")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotency.run(teamId, idempotencyKey, IdempotentRequests.route("POST", uri), request, () -> {
            ResponseView recorded = responses.record(teamId, request, caller.getName());
            return Response.created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build())
                    .entity(recorded).build();
        });
    }

    @GET
    @Operation(summary = "List responses, newest first",
            description = "Filters combine: period [from, to), agent, channel, source, customer, score bands.")
    @APIResponse(responseCode = "200", description = "One page of responses")
    @APIResponse(responseCode = "400", description = "A malformed date or score band",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "bad band", value = """
                    {"type": "https://rapport.dev/problems/validation", "title": "Invalid request", "status": 400,
                     "errors": [{"field": "csat", "message": "must be a score or a range like 1..5 within 1-5"}]}""")))
    public Page<ResponseView> list(@PathParam("teamId") String teamId, @BeanParam ResponseFilter filter,
            @Valid @BeanParam PageParams paging) {
        return queries.list(teamId, filter, paging);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Count responses per score band, and invitations sent and answered",
            description = "Same filters as the list; invitations are filtered by period (sentAt), agent, channel "
                    + "and customer.")
    @APIResponse(responseCode = "200", description = "The counts")
    public ResponseSummary summary(@PathParam("teamId") String teamId, @BeanParam ResponseFilter filter) {
        return queries.summary(teamId, filter);
    }

    @GET
    @Path("/{responseId}")
    @Operation(summary = "Read one response")
    @APIResponse(responseCode = "200", description = "The response")
    @APIResponse(responseCode = "404", description = "No such response in this team",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown", value = """
                    {"type": "https://rapport.dev/problems/not-found", "title": "Not found", "status": 404}""")))
    public ResponseView get(@PathParam("teamId") String teamId, @PathParam("responseId") UUID responseId) {
        return responses.get(teamId, responseId);
    }
}
