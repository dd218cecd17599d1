package rapport.console.services.feedback;

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

/** feedback-service's public API (docs/feedback-service.md), called with the signed-in user's access token. */
@RegisterRestClient(configKey = "feedback-service")
@AccessToken
@Path("/api/teams/{teamId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface FeedbackServiceClient {

    String NAME = "feedback-service";

    /** Responses newest first; {@code customerId} is an optional filter. */
    @GET
    @Path("/responses")
    Uni<Page<SurveyResponse>> responses(@PathParam("teamId") String team, @QueryParam("customerId") UUID customer,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** Responses newest first, filtered by period, source, channel, agent and score. */
    @GET
    @Path("/responses")
    Uni<Page<SurveyResponse>> responses(@PathParam("teamId") String team, @BeanParam ResponseQuery query,
            @QueryParam("page") int page, @QueryParam("size") int size);

    /** Feedback collected on paper, by phone or in person. */
    @POST
    @Path("/responses")
    Uni<SurveyResponse> record(@PathParam("teamId") String team, @HeaderParam("Idempotency-Key") String key,
            NewResponse response);

    /** An invitation by hand, with its survey link (shown once: only its hash is stored). */
    @POST
    @Path("/invitations")
    Uni<IssuedInvitation> invite(@PathParam("teamId") String team, @HeaderParam("Idempotency-Key") String key,
            NewInvitation invitation);

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return ServiceErrors.of(NAME, response);
    }
}
