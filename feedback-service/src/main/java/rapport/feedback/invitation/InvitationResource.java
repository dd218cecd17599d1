package rapport.feedback.invitation;

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
import rapport.web.Idempotency;
import rapport.web.idempotency.IdempotentRequests;
import rapport.web.Page;
import rapport.web.PageParams;

@Path("/api/teams/{teamId}/invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Survey invitations")
@RunOnVirtualThread
public class InvitationResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    InvitationService invitations;

    @Inject
    JsonWebToken caller;

    @Inject
    IdempotentRequests idempotency;

    @POST
    @Operation(summary = "Create a survey invitation by hand",
            description = "Returns the survey link once (only a hash of its token is stored). E-mails it when mail "
                    + "is on, the customer has an e-mail address and agreed to surveys, and sendEmail is not false. "
                    + "Publishes rapport.invitation.sent.v1. A retry with the same Idempotency-Key returns the first "
                    + "answer again (201, header Idempotent-Replayed: true) without its link.")
    @APIResponse(responseCode = "201", description = "Created; `link` is shown only now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "created",
                    value = """
                            {"invitation": {"id": "0b9d7f3a-1c2e-4d5f-8a6b-7c8d9e0f1a2b",
                             "customerId": "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b", "agent": "alice",
                             "origin": "MANUAL", "delivery": "LINK", "status": "OPEN",
                             "sentAt": "2026-11-23T10:00:00Z", "expiresAt": "2026-12-07T10:00:00Z"},
                             "link": "http://127.0.0.1:8082/s/q3Jx0f8mYb2c9kKp4Zr1Tn6Wv5Ue7Hs3Ld0Ga8Bi2Mo"}""")))
    @APIResponse(responseCode = "404", description = "No such customer in this team",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown customer", value = """
                    {"type": "https://rapport.dev/problems/not-found", "title": "Not found", "status": 404,
                     "detail": "customer 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b does not exist in this team"}""")))
    @APIResponse(responseCode = "422", description = "The customer was erased, the case is another customer's, or the "
            + "Idempotency-Key was already used with a different request (idempotency-key-reused)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "erased", value = """
                    {"type": "https://rapport.dev/problems/customer-erased", "title": "Customer erased", "status": 422,
                     "errors": [{"field": "customerId", "message": "customer ... was erased and cannot be surveyed"}]}""")))
    public Response create(@PathParam("teamId") String teamId, @Valid @NotNull NewInvitation request,
            @Parameter(description = "Makes a retried POST safe", example = "7d1f0c2a-invite-1")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey, UriInfo uri) {
        return idempotency.run(teamId, idempotencyKey, IdempotentRequests.route("POST", uri), request, () -> {
            IssuedInvitation issued = invitations.createByHand(teamId, request, caller.getName());
            return Response.created(uri.getAbsolutePathBuilder().path(issued.invitation().id().toString()).build())
                    .entity(issued).build();
        });
    }

    @GET
    @Operation(summary = "List the team's invitations, newest first")
    @APIResponse(responseCode = "200", description = "One page of invitations (links are never shown again)")
    public Page<InvitationView> list(@PathParam("teamId") String teamId,
            @Parameter(description = "One customer's invitations") @QueryParam("customerId") UUID customerId,
            @Parameter(description = "OPEN, ANSWERED, EXPIRED or WITHDRAWN") @QueryParam("status")
            InvitationStatus status, @Valid @BeanParam PageParams paging) {
        return invitations.list(teamId, customerId, status, paging);
    }

    @GET
    @Path("/{invitationId}")
    @Operation(summary = "Read one invitation")
    @APIResponse(responseCode = "200", description = "The invitation")
    @APIResponse(responseCode = "404", description = "No such invitation in this team",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown", value = """
                    {"type": "https://rapport.dev/problems/not-found", "title": "Not found", "status": 404}""")))
    public InvitationView get(@PathParam("teamId") String teamId, @PathParam("invitationId") UUID invitationId) {
        return invitations.get(teamId, invitationId);
    }

    @POST
    @Path("/{invitationId}/link")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Issue a new link for an unanswered invitation",
            description = "For LINK invitations nobody has seen yet (created after a resolved case for a customer "
                    + "without e-mail), or a lost link: the previous link stops working; the new one is shown once "
                    + "and works for the configured expiry from now.")
    @APIResponse(responseCode = "200", description = "The invitation and its new link")
    @APIResponse(responseCode = "404", description = "No such invitation in this team",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown", value = """
                    {"type": "https://rapport.dev/problems/not-found", "title": "Not found", "status": 404}""")))
    @APIResponse(responseCode = "409", description = "Already answered or withdrawn",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "answered", value = """
                    {"type": "https://rapport.dev/problems/invitation-closed", "title": "Invitation closed",
                     "status": 409}""")))
    public IssuedInvitation newLink(@PathParam("teamId") String teamId, @PathParam("invitationId") UUID invitationId) {
        return invitations.issueNewLink(teamId, invitationId);
    }
}
