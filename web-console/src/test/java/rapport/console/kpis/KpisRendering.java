package rapport.console.kpis;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import rapport.console.RenderedPages;
import rapport.console.services.kpis.KpiReport;
import rapport.console.shell.FormErrors;
import rapport.console.shell.Section;

/** Test only: the KPI page rendered from kpi-service-shaped answers (see {@link RenderedPages}). */
@Path("/rendered/kpis")
@Produces(MediaType.TEXT_HTML)
public class KpisRendering {

    static final String MARKED = "Answer & book on the first call";

    static KpiFilters filters() {
        return new KpiFilters().defaults(KpiFixtures.TO);
    }

    @GET
    @Path("/report")
    public TemplateInstance report() {
        KpiReport report = KpiFixtures.report();
        var series = KpiFixtures.fcrPerWeek();
        var markers = KpiCharts.markers(List.of(KpiFixtures.improvement(MARKED, LocalDate.parse("2026-09-14"))));
        var chart = KpisView.chart(report.kpi("fcr").orElseThrow(), series.points(),
                KpiCharts.series(series, "First contact resolution", "percent", markers));
        return KpisPage.Templates.page(RenderedPages.shell(false, Section.KPIS),
                new KpisView(filters(), report, List.of(chart), FormErrors.none()));
    }

    @GET
    @Path("/refused")
    public TemplateInstance refused() {
        FormErrors errors = RenderedPages.refusal("kpi-service", """
                {"type": "https://rapport.dev/problems/validation", "title": "Invalid request", "status": 400,
                 "errors": [{"field": "to", "message": "the period may cover at most 400 days"}]}""",
                KpiFilters.FIELDS);
        return KpisPage.Templates.page(RenderedPages.shell(true, Section.KPIS),
                new KpisView(filters(), null, List.of(), errors));
    }
}
