package rapport.customer.complaints;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
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

@Path("/api/teams/{teamId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints", description = "Acknowledge, Apologise, Act, Assure on complaint cases")
@RunOnVirtualThread
public class ComplaintResource {

    private static final String STEP_EXAMPLE = """
            {"id": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "caseId": "9d1c2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f",
             "step": "APOLOGISE", "agent": "alice", "at": "2026-11-23T09:35:00Z", "recordedAt": "2026-11-23T09:41:07Z"}""";

    @Inject
    ComplaintService complaints;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Path("/cases/{caseId}/complaint-steps")
    @Operation(summary = "Record a complaint-handling step", description = "Only on COMPLAINT cases, once per step. "
            + "Publishes rapport.complaint.step-recorded.v1.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "step", value = STEP_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such case in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "This step was already recorded on the case",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "recorded", value = ApiExamples.STEP_RECORDED)))
    @APIResponse(responseCode = "422", description = "Not a complaint case, or a time in the future",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = {
                    @ExampleObject(name = "not a complaint", value = ApiExamples.NOT_A_COMPLAINT),
                    @ExampleObject(name = "future", value = ApiExamples.TIME_IN_FUTURE) }))
    public Response record(@PathParam("teamId") String teamId, @PathParam("caseId") UUID caseId,
            @Valid @NotNull NewComplaintStep request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried POST safe") String key,
            UriInfo uri) {
        return idempotency.run(teamId, key, IdempotentRequests.route("POST", uri), request,
                () -> Response.status(Response.Status.CREATED).entity(complaints.record(teamId, caseId, request)).build());
    }

    @GET
    @Path("/cases/{caseId}/complaint-steps")
    @Operation(summary = "The complaint steps of a case", description = "In the order they were taken.")
    @APIResponse(responseCode = "200", description = "The steps",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "steps", value = "[" + STEP_EXAMPLE + "]")))
    @APIResponse(responseCode = "404", description = "No such case in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    public List<ComplaintStepView> steps(@PathParam("teamId") String teamId, @PathParam("caseId") UUID caseId) {
        return complaints.steps(teamId, caseId);
    }

    @GET
    @Path("/customers/{customerId}/complaint-steps")
    @Operation(summary = "The complaint steps of all a customer's cases", description = "In the order they were taken: "
            + "what a customer's journey shows, in one call instead of one per complaint case.")
    @APIResponse(responseCode = "200", description = "The steps",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "steps", value = "[" + STEP_EXAMPLE + "]")))
    @APIResponse(responseCode = "404", description = "No such customer in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    public List<ComplaintStepView> stepsOfCustomer(@PathParam("teamId") String teamId,
            @PathParam("customerId") UUID customerId) {
        return complaints.stepsOfCustomer(teamId, customerId);
    }
}
