package rapport.console.feedback;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rapport.console.RenderedPages;
import rapport.console.services.Page;
import rapport.console.services.customers.Customer;
import rapport.console.services.customers.CustomerKind;
import rapport.console.services.feedback.Answers;
import rapport.console.services.feedback.IssuedInvitation;
import rapport.console.services.feedback.SurveyResponse;
import rapport.console.shell.FormErrors;
import rapport.console.shell.Section;

/** Test only: the feedback pages rendered from service-shaped answers (see {@link RenderedPages}). */
@Path("/rendered/feedback")
@Produces(MediaType.TEXT_HTML)
public class FeedbackRendering {

    static final UUID ADA = UUID.fromString("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b");
    static final String LINK = "http://127.0.0.1:8082/s/q3Jx0f8mYb2c9kKp4Zr1Tn6Wv5Ue7Hs3Ld0Ga8Bi2Mo";

    static Customer ada() {
        return new Customer(ADA, "Ada <b>Lovelace</b>", "ada@example.org", null, CustomerKind.EXTERNAL, null, null,
                null, true, "ACTIVE", Instant.parse("2026-10-01T09:00:00Z"), null);
    }

    static FeedbackFilters filters(String kind, String score) {
        FeedbackFilters filters = new FeedbackFilters();
        filters.kind = kind;
        filters.score = score;
        filters.agent = "jo reid";
        return filters.defaults(java.time.LocalDate.parse("2026-11-30"));
    }

    static SurveyResponse response(UUID customer, Integer csat, Integer nps, String comment) {
        return new SurveyResponse(UUID.randomUUID(), customer, null, null, null, "jordan.reid", "FACE_TO_FACE",
                "PAPER", Instant.parse("2026-11-20T15:30:00Z"), Instant.parse("2026-11-21T09:00:00Z"), "jordan.reid",
                new Answers(csat, nps, null, null, comment));
    }

    static ResponseForm typed() {
        ResponseForm form = new ResponseForm();
        form.customerId = ADA.toString();
        form.source = "PHONE";
        form.submittedAt = "2026-11-20T15:30";
        form.csat = "9";
        form.comment = "Kept me informed";
        form.formKey = "k1";
        return form;
    }

    @GET
    @Path("/list/{role}")
    public TemplateInstance list(@PathParam("role") String role) {
        Page<SurveyResponse> page = new Page<>(List.of(response(ADA, 5, 10, "<i>Brilliant</i> & quick"),
                response(null, 2, null, null)), 0, 2, 23);
        return FeedbackPage.Templates.list(RenderedPages.shell("agent".equals(role), Section.FEEDBACK),
                new FeedbackView(filters("nps", "promoter"), page, Map.of(ADA, "Ada Lovelace"), 0, FormErrors.none()));
    }

    @GET
    @Path("/list-refused")
    public TemplateInstance listRefused() {
        FormErrors errors = RenderedPages.refusal("feedback-service", """
                {"type": "https://rapport.dev/problems/validation", "title": "Invalid request", "status": 400,
                 "errors": [{"field": "nps", "message": "must be a score 0-10, a band such as 0..6, or detractor, passive or promoter"}]}""",
                FeedbackFilters.FIELDS);
        return FeedbackPage.Templates.list(RenderedPages.shell(false, Section.FEEDBACK),
                new FeedbackView(filters("nps", "fans"), null, Map.of(), 0, errors));
    }

    @GET
    @Path("/record-refused")
    public TemplateInstance recordRefused() {
        FormErrors errors = RenderedPages.refusal("feedback-service", """
                {"type": "https://rapport.dev/problems/validation", "title": "Invalid request", "status": 400,
                 "errors": [{"field": "answers.csat", "message": "must be less than or equal to 5"},
                            {"field": "submittedAt", "message": "must not be in the future"}]}""", ResponseForm.FIELDS);
        return FeedbackPage.Templates.record(RenderedPages.shell(true, Section.FEEDBACK),
                new RecordView(new CustomerChoice(null, List.of(ada()), ADA.toString()), typed(), errors, false));
    }

    @GET
    @Path("/record-empty")
    public TemplateInstance recordEmpty() {
        FormErrors errors = RenderedPages.refusal("feedback-service", """
                {"type": "https://rapport.dev/problems/empty-answer", "title": "No score given", "status": 400,
                 "errors": [{"field": "answers", "message": "give at least one score"}]}""", ResponseForm.FIELDS);
        return FeedbackPage.Templates.record(RenderedPages.shell(true, Section.FEEDBACK),
                new RecordView(new CustomerChoice(null, List.of(), null), new ResponseForm(), errors, false));
    }

    @GET
    @Path("/link-issued")
    public TemplateInstance linkIssued() {
        IssuedInvitation issued = new IssuedInvitation(new IssuedInvitation.Invitation(UUID.randomUUID(), ADA, "LINK",
                "OPEN", Instant.parse("2026-12-14T10:00:00Z")), LINK);
        return FeedbackPage.Templates.link(RenderedPages.shell(true, Section.FEEDBACK),
                new LinkView(new CustomerChoice(null, List.of(ada()), ADA.toString()), null, "k2", issued,
                        FormErrors.none()));
    }

    @GET
    @Path("/link-refused")
    public TemplateInstance linkRefused() {
        FormErrors errors = RenderedPages.refusal("feedback-service", """
                {"type": "https://rapport.dev/problems/customer-erased", "title": "Customer erased", "status": 422,
                 "detail": "the customer's personal data was erased: they cannot be surveyed"}""", LinkView.FIELDS);
        return FeedbackPage.Templates.link(RenderedPages.shell(true, Section.FEEDBACK),
                new LinkView(new CustomerChoice("ada", List.of(ada()), ADA.toString()), null, "k3", null, errors));
    }
}
