package rapport.customer.interactions;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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
@Tag(name = "Interactions", description = "Contacts with customers")
@RunOnVirtualThread
public class InteractionResource {

    static final String INTERACTION_EXAMPLE = """
            {"id": "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", "customerId": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b",
             "customerName": "Ada Lovelace",
             "caseId": "9d1c2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f", "opensCase": true, "agent": "alice", "loggedBy": "alice",
             "occurredAt": "2026-11-23T09:30:00Z", "loggedAt": "2026-11-23T09:41:07Z", "sequence": 1042,
             "channel": "PHONE", "direction": "INBOUND", "category": "COMPLAINT", "outcome": "FOLLOW_UP_REQUIRED",
             "summary": "Parcel not delivered; rebooked delivery for Friday", "durationMinutes": 12,
             "techniques": ["ACTIVE_LISTENING", "EMPATHY"], "voided": false}""";

    @Inject
    InteractionService interactions;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Path("/customers/{customerId}/interactions")
    @Operation(summary = "Log a contact", description = "Opens a case when caseId is absent, otherwise joins that case; "
            + "the case's status is recomputed from its interactions in occurredAt order. Publishes "
            + "rapport.interaction.logged.v1, then rapport.case.opened.v1 / case.resolved.v1 / case.reopened.v1 as they apply.")
    @APIResponse(responseCode = "201", description = "Logged; Location names the interaction",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "logged", value = INTERACTION_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Missing or invalid field, unknown enum value, text too long",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "validation", value = ApiExamples.VALIDATION)))
    @APIResponse(responseCode = "404", description = "No such customer in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The customer's data was erased",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "erased", value = ApiExamples.CUSTOMER_ERASED)))
    @APIResponse(responseCode = "422", description = "occurredAt in the future, a case of another customer or team, or a reused Idempotency-Key",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = {
                    @ExampleObject(name = "future", value = ApiExamples.TIME_IN_FUTURE),
                    @ExampleObject(name = "unknown case", value = ApiExamples.UNKNOWN_CASE),
                    @ExampleObject(name = "key reused", value = ApiExamples.KEY_REUSED) }))
    public Response log(@PathParam("teamId") String teamId, @PathParam("customerId") UUID customerId,
            @Valid @NotNull NewInteraction request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried POST safe") String key,
            UriInfo uri) {
        return idempotency.run(teamId, key, IdempotentRequests.route("POST", uri), request, () -> {
            InteractionView logged = interactions.log(teamId, customerId, request);
            return Response.created(uri.getBaseUriBuilder().path("api/teams/{teamId}/interactions/{id}")
                    .build(teamId, logged.id())).entity(logged).build();
        });
    }

    @GET
    @Path("/customers/{customerId}/interactions")
    @Operation(summary = "A customer's timeline", description = "Every contact, newest first; voided ones are marked.")
    @APIResponse(responseCode = "200", description = "One page of the timeline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
                    value = "{\"items\": [" + INTERACTION_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1}")))
    @APIResponse(responseCode = "404", description = "No such customer in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    public Page<InteractionView> timeline(@PathParam("teamId") String teamId, @PathParam("customerId") UUID customerId,
            @Valid @BeanParam PageParams page) {
        return interactions.timeline(teamId, customerId, page);
    }

    @GET
    @Path("/interactions")
    @Operation(summary = "The team's contacts", description = "Newest first, filtered by agent, channel, direction, "
            + "category, outcome and period [from, to).")
    @APIResponse(responseCode = "200", description = "One page of contacts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page",
                    value = "{\"items\": [" + INTERACTION_EXAMPLE + "], \"page\": 0, \"size\": 20, \"totalItems\": 1}")))
    public Page<InteractionView> list(@PathParam("teamId") String teamId, @Valid @BeanParam InteractionQuery query,
            @Valid @BeanParam PageParams page) {
        return interactions.list(teamId, query, page);
    }

    @GET
    @Path("/interactions/{interactionId}")
    @Operation(summary = "Read one contact")
    @APIResponse(responseCode = "200", description = "The contact",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "interaction", value = INTERACTION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such contact in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    public InteractionView get(@PathParam("teamId") String teamId, @PathParam("interactionId") UUID interactionId) {
        return interactions.get(teamId, interactionId);
    }

    @POST
    @Path("/interactions/{interactionId}/void")
    @Operation(summary = "Void a contact", description = "It stays in the timeline, marked voided, and leaves every KPI; "
            + "its case is recomputed. Publishes rapport.interaction.voided.v1 (then case.resolved/reopened if the status changed).")
    @APIResponse(responseCode = "200", description = "The voided contact",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "voided",
                    value = INTERACTION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such contact in this team",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "not found", value = ApiExamples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already voided",
            content = @Content(mediaType = ApiExamples.PROBLEM, examples = @ExampleObject(name = "already voided", value = ApiExamples.ALREADY_VOIDED)))
    public Response voidInteraction(@PathParam("teamId") String teamId, @PathParam("interactionId") UUID interactionId,
            @Valid @NotNull VoidRequest request,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried POST safe") String key,
            UriInfo uri) {
        return idempotency.run(teamId, key, IdempotentRequests.route("POST", uri), request,
                () -> Response.ok(interactions.voidInteraction(teamId, interactionId, request.reason())).build());
    }
}
