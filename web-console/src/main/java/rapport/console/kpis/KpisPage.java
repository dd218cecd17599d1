package rapport.console.kpis;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import rapport.charts.DateMarker;
import rapport.console.services.ServiceProblem;
import rapport.console.services.kpis.KpiReport;
import rapport.console.services.kpis.KpiSeries;
import rapport.console.services.kpis.KpiServiceClient;
import rapport.console.shell.FormErrors;
import rapport.console.shell.Section;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;
import rapport.console.shell.TemplateExtensions;

/**
 * Every KPI of a period as tiles (value, n, definition on hover and focus) and the chosen KPIs as charts per week or
 * month with the team's improvement dates marked, filtered by agent, channel, category, customer kind and value
 * segment. The report, the improvement dates and every chart are asked for at once.
 */
@Path("/teams/{team}/kpis")
@Produces(MediaType.TEXT_HTML)
public class KpisPage {

    /** Improvement dates marked on the charts: the team's latest ones. */
    static final int MARKED_IMPROVEMENTS = 100;

    @CheckedTemplate(basePath = "kpis")
    static class Templates {
        static native TemplateInstance page(Shell shell, KpisView view);
    }

    @Inject
    Shells shells;

    @Inject
    Clock clock;

    @RestClient
    KpiServiceClient kpis;

    @GET
    public Uni<Response> page(@PathParam("team") String team, @BeanParam KpiFilters filters) {
        Shell shell = shells.page(team, Section.KPIS, "KPIs");
        filters.defaults(LocalDate.now(clock.withZone(TemplateExtensions.ZONE)));
        FormErrors checked = filters.check();
        if (!checked.isEmpty()) {
            return Uni.createFrom().item(refused(shell, filters, checked));
        }
        Uni<KpiReport> report = kpis.kpis(team, filters.query());
        Uni<List<DateMarker>> markers = kpis.improvements(team, 0, MARKED_IMPROVEMENTS)
                .map(page -> KpiCharts.markers(page.items()));
        List<Uni<KpiSeries>> series = filters.chart.stream()
                .map(kpi -> kpis.series(team, kpi, filters.bucket, filters.query())).toList();
        return Uni.combine().all().unis(report, markers, Uni.join().all(series).andFailFast()).asTuple()
                .map(all -> Response.ok(Templates.page(shell, new KpisView(filters, all.getItem1(),
                        charts(all.getItem1(), all.getItem3(), all.getItem2()), FormErrors.none()))).build())
                .onFailure(ServiceProblem.class).recoverWithItem(e -> refused(shell, filters,
                        FormErrors.of((ServiceProblem) e, KpiFilters.FIELDS)));
    }

    private static List<KpisView.Chart> charts(KpiReport report, List<KpiSeries> series, List<DateMarker> markers) {
        List<KpisView.Chart> charts = new ArrayList<>();
        for (KpiSeries one : series) {
            report.kpi(one.kpi()).ifPresent(kpi -> charts.add(KpisView.chart(kpi, one.points(),
                    KpiCharts.series(one, kpi.title(), kpi.unit(), markers))));
        }
        return charts;
    }

    private static Response refused(Shell shell, KpiFilters filters, FormErrors errors) {
        return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.page(shell, new KpisView(filters, null, List.of(), errors))).build();
    }
}
