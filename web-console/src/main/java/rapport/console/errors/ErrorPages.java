package rapport.console.errors;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import rapport.console.services.ServiceProblem;
import rapport.console.services.ServiceUnavailable;
import rapport.console.shell.NotAllowed;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;

/**
 * Every failure becomes a page that says what happened and what to do, never a stack trace: a service that does not
 * answer (503), a service's refusal that no page handled (its status, with the service's own words), the console's
 * own refusals (403), and bugs (500 with an id to quote; the log has the details).
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance error(Shell shell, String heading, String message, String hint);
    }

    @Inject
    Shells shells;

    @Inject
    ServiceNames services;

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e) {
        LOG.warnf("%s is unavailable: %s", e.service(), e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        return page(503, e.service() + " is not answering",
                "The console could not get an answer from " + e.service() + ", so this page cannot be shown right now.",
                "Try again in a moment. If it goes on, check the service (./rapport status, ./rapport logs "
                        + e.service() + ").");
    }

    /** A call that never got an answer: connection refused or timed out. */
    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        return unavailable(new ServiceUnavailable(services.named(e), e));
    }

    @ServerExceptionMapper
    public Response refused(ServiceProblem e) {
        return switch (e.status()) {
            case 404 -> page(404, "Not found", e.detail() != null ? e.detail() : "There is no such record in this team.",
                    null);
            case 401 -> page(401, "Please sign in again", "Your session has ended.", null);
            case 403 -> page(403, "Not allowed", e.detail() != null ? e.detail() : "You may not see or do this.", null);
            default -> page(e.status(), e.title() != null ? e.title() : "Refused",
                    e.detail() != null ? e.detail() : e.service() + " refused the request.", null);
        };
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowed e) {
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(e.shell(), "Not allowed", e.getMessage(), null)).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Page not found", "There is no page at this address.", null);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status < 500) {
            return page(status, "Request refused", e.getResponse().getStatusInfo().getReasonPhrase(), null);
        }
        return bug(e);
    }

    @ServerExceptionMapper
    public Response bug(Throwable e) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected error %s", id);
        return page(500, "Something went wrong", "The console hit an error it did not expect.",
                "Quote this error id when you report it: " + id);
    }

    private Response page(int status, String heading, String message, String hint) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(shells.outsideTeam(), heading, message, hint)).build();
    }
}
