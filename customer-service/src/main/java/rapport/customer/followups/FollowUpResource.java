package rapport.customer.followups;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import rapport.customer.common.ApiExamples;
import rapport.web.idempotency.IdempotentRequests;
import rapport.web.Idempotency;
import rapport.web.Page;
import rapport.web.PageParams;

@Path("/api/teams/{teamId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Follow-ups", description = "Promises to get back to customers, and which are due or overdue")
@RunOnVirtualThread
public class FollowUpResource {

    private static final String FOLLOW_UP_EXAMPLE = """
            {"id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "customerId": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b",
             "customerName": "Ada Lovelace",
             "interactionId": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "caseId": "9d1c2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f",
             "agent": "alice", "promise": "Call back with the courier's answer", "promisedTo": null,
             "promisedAt": "2026-11-23T09:41:07Z", "dueAt": "2026-11-25T17:00:00Z", "completedAt": null,
             "completedBy": null, "overdue": false}""";

    @Inject
    FollowUpService followUps;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    ObjectMapper mapper;

    @POST
    @Path("/customers/{customerId}/follow-ups")
    @Operation(summary = "Promise a follow-up", description = "Optionally from a contact (its case is recorded too). "
            + "promisedAt (default now) records a promise made earlier; dueAt must be after it. "
            + "Publishes rapport.followup.promised.v1 (without the promise's text).")
    @APIResponse(responseCode = "201", description = "Promised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "promised", value = FOLLOW_UP_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such customer in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The customer's data was erased",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "erased", value = ApiExamples.CUSTOMER_ERASED)))
    @APIResponse(responseCode = "422", description = "Due before it was promised, promisedAt in the future, or a contact "
            + "of another customer or team", content = @Content(mediaType = ApiExamples.PROBLEM, examples = {
                @ExampleObject(name = "due too early", value = ApiExamples.DUE_BEFORE_PROMISED),
                @ExampleObject(name = "promised in the future", value = ApiExamples.PROMISED_IN_FUTURE) }))
    public Response promise(@PathParam("teamId") String teamId, @PathParam("customerId") UUID customerId,
            @Valid @NotNull NewFollowUp request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried POST safe") String key,
            UriInfo uri) {
        return idempotency.run(teamId, key, IdempotentRequests.route("POST", uri), request,
                () -> Response.status(Response.Status.CREATED).entity(followUps.promise(teamId, customerId, request)).build());
    }

    @GET
    @Path("/follow-ups")
    @Operation(summary = "List follow-ups", description = "Soonest due first. state=DUE lists what is due by dueBefore "
            + "(default the next 24 hours) including what is overdue; agent= narrows to one team member.")
    @APIResponse(responseCode = "200", description = "One page of follow-ups",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "due",
                    value = "{\"items\": [" + FOLLOW_UP_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1}")))
    public Page<FollowUpView> list(@PathParam("teamId") String teamId, @Valid @BeanParam FollowUpQuery query,
            @Valid @BeanParam PageParams page) {
        return followUps.list(teamId, query, page);
    }

    @POST
    @Path("/follow-ups/{followUpId}/complete")
    @Operation(summary = "Complete a follow-up", description = "Once. The body is optional: {\"completedAt\": ...} "
            + "records a promise kept earlier (default now). Publishes rapport.followup.completed.v1 with that time, "
            + "which promise keeping is computed from.")
    @APIResponse(responseCode = "200", description = "Completed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "completed", value = FOLLOW_UP_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such follow-up in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already completed",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "completed twice", value = ApiExamples.ALREADY_COMPLETED)))
    @APIResponse(responseCode = "422", description = "completedAt before the promise was made, or in the future",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "completed too early",
                    value = ApiExamples.COMPLETED_BEFORE_PROMISED)))
    @Consumes(MediaType.WILDCARD)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CompleteFollowUp.class)))
    public Response complete(@PathParam("teamId") String teamId, @PathParam("followUpId") UUID followUpId,
            String json,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried POST safe") String key,
            UriInfo uri) throws JsonProcessingException {
        // read by hand: a POST without a body (and without a Content-Type) must keep meaning "kept now"
        CompleteFollowUp body = json == null || json.isBlank() ? CompleteFollowUp.NOW
                : Objects.requireNonNullElse(mapper.readValue(json, CompleteFollowUp.class), CompleteFollowUp.NOW);
        return idempotency.run(teamId, key, IdempotentRequests.route("POST", uri), body,
                () -> Response.ok(followUps.complete(teamId, followUpId, body)).build());
    }
}
