package rapport.feedback.survey;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import rapport.feedback.invitation.InvitationService;
import rapport.feedback.invitation.InvitationStatus;
import rapport.feedback.response.LinkAnswer;
import rapport.feedback.response.ResponseService;

/** The customer's answer page: public (the link is the credential), server-rendered, works without JavaScript. */
@Path("/s/{token: .*}")
@Produces(MediaType.TEXT_HTML)
@Tag(name = "Answer page (public HTML)")
@RunOnVirtualThread
public class SurveyPageResource {

    private static final Logger LOG = Logger.getLogger(SurveyPageResource.class);

    @Inject
    InvitationService invitations;

    @Inject
    ResponseService responses;

    @GET
    @Operation(summary = "The survey form of a link", description = "HTML. No login: the link is the credential.")
    @APIResponse(responseCode = "200", description = "The questions")
    @APIResponse(responseCode = "404", description = "Unknown or malformed link (the same page for both)")
    @APIResponse(responseCode = "410", description = "Expired, withdrawn, or already answered")
    @APIResponse(responseCode = "429", description = "Too many attempts from this address")
    public Response show(@PathParam("token") String token) {
        InvitationStatus status = invitations.statusOf(token).orElse(null);
        return status == InvitationStatus.OPEN ? SurveyPages.form(null, List.of()) : SurveyPages.closed(status);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Answer the survey", description = "Stores the answer once per link and publishes "
            + "rapport.feedback.submitted.v1.")
    @APIResponse(responseCode = "200", description = "Thank-you page")
    @APIResponse(responseCode = "400", description = "The form again, saying what to correct; nothing stored")
    @APIResponse(responseCode = "404", description = "Unknown or malformed link")
    @APIResponse(responseCode = "410", description = "Expired, withdrawn, or already answered; nothing stored")
    @APIResponse(responseCode = "429", description = "Too many attempts from this address")
    public Response answer(@PathParam("token") String token, @BeanParam SurveyForm form) {
        return switch (responses.answerThroughLink(token, form.answers())) {
            case LinkAnswer.Stored stored -> SurveyPages.thanks();
            case LinkAnswer.Closed closed -> SurveyPages.closed(closed.status());
            case LinkAnswer.Invalid invalid -> SurveyPages.form(form, invalid.errors().stream()
                    .map(SurveyErrors::describe).distinct().toList());
        };
    }

    /** A friendly page instead of problem+json or a stack trace. */
    @ServerExceptionMapper
    public Response failure(Throwable e) {
        int status = e instanceof WebApplicationException web ? web.getResponse().getStatus() : 500;
        if (status >= 500) {
            LOG.error("Answer page failed", e);
            status = 500;
        }
        return SurveyPages.error(status);
    }
}
