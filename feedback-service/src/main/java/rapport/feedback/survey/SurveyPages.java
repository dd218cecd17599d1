package rapport.feedback.survey;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import rapport.feedback.invitation.InvitationStatus;

/**
 * The public pages under {@code /s/}. None of them says more than the visitor's own link allows:
 * an unknown or malformed link gets the same page whatever exists, and no page shows an internal error.
 */
final class SurveyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(List<SurveyQuestions.Question> questions,
                List<SurveyQuestions.Question> rater, String comment, List<String> errors);

        static native TemplateInstance thanks();

        static native TemplateInstance answered();

        static native TemplateInstance unavailable(boolean expired);

        static native TemplateInstance notFound();

        static native TemplateInstance tooManyRequests(long retryAfterSeconds);

        static native TemplateInstance error(int status);
    }

    private SurveyPages() {
    }

    static Response form(SurveyForm posted, List<String> errors) {
        return page(errors.isEmpty() ? 200 : 400, Templates.form(SurveyQuestions.main(posted),
                SurveyQuestions.rater(posted), posted == null ? null : posted.comment, errors));
    }

    static Response thanks() {
        return page(200, Templates.thanks());
    }

    /** The page for a link that takes no answer; {@code status} null means no such link. */
    static Response closed(InvitationStatus status) {
        if (status == null) {
            return page(404, Templates.notFound());
        }
        return switch (status) {
            case ANSWERED -> page(410, Templates.answered());
            case EXPIRED -> page(410, Templates.unavailable(true));
            case WITHDRAWN -> page(410, Templates.unavailable(false));
            case OPEN -> throw new IllegalArgumentException("an open link is not closed");
        };
    }

    static Response tooManyRequests(long retryAfterSeconds) {
        return Response.fromResponse(page(429, Templates.tooManyRequests(retryAfterSeconds)))
                .header("Retry-After", retryAfterSeconds).build();
    }

    static Response error(int status) {
        return page(status, Templates.error(status));
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }
}
