package rapport.console.improvements;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import rapport.console.RenderedPages;
import rapport.console.kpis.KpiFixtures;
import rapport.console.services.Page;
import rapport.console.services.kpis.Improvement;
import rapport.console.services.kpis.ImprovementEvaluation;
import rapport.console.services.kpis.Interval;
import rapport.console.shell.FormErrors;
import rapport.console.shell.Section;

/** Test only: the improvements pages rendered from kpi-service-shaped answers (see {@link RenderedPages}). */
@Path("/rendered/improvements")
@Produces(MediaType.TEXT_HTML)
public class ImprovementsRendering {

    static final LocalDate IN_PLACE = LocalDate.parse("2026-10-05");
    static final Improvement ACTION = KpiFixtures.improvement("Answer & book on the first call", IN_PLACE);

    static ImprovementEvaluation evaluation(String verdict, String summary) {
        return new ImprovementEvaluation(ACTION, "fcr", "fcr/v1",
                new ImprovementEvaluation.WindowResult(IN_PLACE.minusDays(28), IN_PLACE, KpiFixtures.fcr(61.0, 54, 88),
                        new Interval(50.6, 70.6, 0.95, "wilson")),
                new ImprovementEvaluation.WindowResult(IN_PLACE, IN_PLACE.plusDays(28), KpiFixtures.fcr(74.0, 70, 95),
                        new Interval(64.3, 81.8, 0.95, "wilson")),
                "TWO_PROPORTIONS", 13.2, "percentage-points", new Interval(-0.4, 26.8, 0.95, "wald"), 0.0412,
                verdict, summary);
    }

    static ImprovementForm typed() {
        ImprovementForm form = new ImprovementForm();
        form.title = "Weekly call-backs";
        form.targetKpi = "crr";
        form.expectedDirection = "UP";
        form.dateInPlace = "2026-11-02";
        form.formKey = "k1";
        return form;
    }

    @GET
    @Path("/list/{role}")
    public TemplateInstance list(@PathParam("role") String role) {
        return ImprovementsPage.Templates.list(RenderedPages.shell("agent".equals(role), Section.IMPROVEMENTS),
                new ImprovementsView(new Page<>(List.of(ACTION), 0, 20, 1), KpiFixtures.report().kpis(), typed(),
                        FormErrors.none()));
    }

    @GET
    @Path("/refused")
    public TemplateInstance refused() {
        FormErrors errors = RenderedPages.refusal("kpi-service", """
                {"type": "https://rapport.dev/problems/validation", "title": "Invalid request", "status": 400,
                 "errors": [{"field": "targetKpi", "message": "crr cannot be evaluated: choose a proportion, NPS or a mean"},
                            {"field": "description", "message": "must not be blank"}]}""", ImprovementForm.FIELDS);
        return ImprovementsPage.Templates.list(RenderedPages.shell(true, Section.IMPROVEMENTS),
                new ImprovementsView(new Page<>(List.of(), 0, 20, 0), KpiFixtures.report().kpis(), typed(), errors));
    }

    @GET
    @Path("/judged")
    public TemplateInstance judged() {
        return ImprovementsPage.Templates.detail(RenderedPages.shell(false, Section.IMPROVEMENTS), new EvaluationView(
                ACTION, evaluation("IMPROVED", "FCR rose from 61 % (n=88) to 74 % (n=95); p = 0.041: a significant "
                        + "improvement."), IN_PLACE.plusDays(40)));
    }

    @GET
    @Path("/open")
    public TemplateInstance open() {
        return ImprovementsPage.Templates.detail(RenderedPages.shell(true, Section.IMPROVEMENTS), new EvaluationView(
                ACTION, evaluation("IN_PROGRESS", "FCR rose from 61 % (n=88) to 74 % (n=95); p = 0.041: the "
                        + "evaluation window is still open."), IN_PLACE.plusDays(10)));
    }

    @GET
    @Path("/not-started")
    public TemplateInstance notStarted() {
        return ImprovementsPage.Templates.detail(RenderedPages.shell(true, Section.IMPROVEMENTS),
                new EvaluationView(ACTION, null, IN_PLACE.minusDays(3)));
    }
}
