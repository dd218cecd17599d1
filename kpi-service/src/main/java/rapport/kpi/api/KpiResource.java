package rapport.kpi.api;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import rapport.kpi.maths.Kpi;
import rapport.kpi.report.KpiFilter;
import rapport.kpi.report.KpiReport;
import rapport.kpi.report.KpiReportService;
import rapport.kpi.report.KpiRequests;
import rapport.kpi.report.KpiSeries;
import rapport.kpi.report.Period;

@Path("/api/teams/{teamId}/kpis")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "KPIs")
@RunOnVirtualThread
public class KpiResource {

    static final String BAD_PERIOD = """
            {"type":"https://rapport.dev/problems/validation","title":"Invalid request","status":400,
             "detail":"from: must not be after to (2026-03-01)","instance":"/api/teams/demo/kpis",
             "errors":[{"field":"from","message":"must not be after to (2026-03-01)"}]}""";

    /** The customer filters' descriptions, shared by every endpoint that takes them. */
    public static final String CUSTOMER_KIND = "Only customers of this kind, EXTERNAL or INTERNAL (their current kind)";
    public static final String VALUE_SEGMENT = "Only customers of this value segment, HIGH, MEDIUM or LOW (their "
            + "current segment)";

    @Inject
    KpiReportService reports;

    @Inject
    KpiRequests requests;

    @GET
    @Operation(summary = "Every KPI of the team over a period",
            description = "Computes every KPI (docs/kpi-definitions.md) over [from, to), dates in the team's time zone. Each KPI "
                    + "carries its numerator, n, definition name/version (e.g. fcr/v1) and interval where the spec "
                    + "gives one; a rate with n = 0 is null. FCR reports cases whose repeat window is still open as "
                    + "'provisional'.")
    @APIResponse(responseCode = "200", description = "The KPIs")
    @APIResponse(responseCode = "400", description = "Missing or malformed date, from after to, period longer than "
            + "the team's maximum, unknown channel, category, customerKind or valueSegment", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "from after to", value = BAD_PERIOD)))
    public KpiReport kpis(@Parameter(example = "demo") @PathParam("teamId") String teamId,
            @Parameter(description = "First day (inclusive), YYYY-MM-DD", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Day after the last (exclusive), YYYY-MM-DD", example = "2026-04-01") @QueryParam("to") String to,
            @Parameter(description = "Only this team member's contacts and feedback", example = "alice") @QueryParam("agent") String agent,
            @Parameter(description = "Only this channel", example = "PHONE") @QueryParam("channel") String channel,
            @Parameter(description = "Only this category", example = "COMPLAINT") @QueryParam("category") String category,
            @Parameter(description = CUSTOMER_KIND, example = "EXTERNAL") @QueryParam("customerKind") String customerKind,
            @Parameter(description = VALUE_SEGMENT, example = "HIGH") @QueryParam("valueSegment") String valueSegment) {
        Period period = requests.period(teamId, from, to);
        KpiFilter filter = requests.filter(agent, channel, category, customerKind, valueSegment);
        return reports.report(teamId, period.from(), period.to(), filter);
    }

    @GET
    @Path("/{kpi}/series")
    @Operation(summary = "One KPI as a time series",
            description = "The KPI per day, ISO week (Monday start) or calendar month of the team's time zone. Buckets "
                    + "are whole units covering [from, to); each is computed as if it were the period.")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "400", description = "Unknown KPI or bucket, or a bad period or filter",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown KPI",
                    value = """
                            {"type":"https://rapport.dev/problems/validation","title":"Invalid request","status":400,
                             "detail":"kpi: unknown KPI 'fcx'; must be one of fcr, retention, ...",
                             "errors":[{"field":"kpi","message":"unknown KPI 'fcx'; must be one of fcr, retention, ..."}]}""")))
    public KpiSeries series(@Parameter(example = "demo") @PathParam("teamId") String teamId,
            @Parameter(description = "KPI id", example = "fcr") @PathParam("kpi") String kpi,
            @Parameter(description = "day, week or month", example = "week") @QueryParam("bucket") String bucket,
            @Parameter(example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(example = "2026-04-01") @QueryParam("to") String to,
            @Parameter(example = "alice") @QueryParam("agent") String agent,
            @Parameter(example = "PHONE") @QueryParam("channel") String channel,
            @Parameter(example = "COMPLAINT") @QueryParam("category") String category,
            @Parameter(description = CUSTOMER_KIND, example = "EXTERNAL") @QueryParam("customerKind") String customerKind,
            @Parameter(description = VALUE_SEGMENT, example = "HIGH") @QueryParam("valueSegment") String valueSegment) {
        Kpi which = requests.kpi(kpi);
        var size = requests.bucket(bucket);
        Period period = requests.period(teamId, from, to);
        return reports.series(teamId, which, period.from(), period.to(), size,
                requests.filter(agent, channel, category, customerKind, valueSegment));
    }
}
