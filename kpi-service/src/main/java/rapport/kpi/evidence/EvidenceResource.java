package rapport.kpi.evidence;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import rapport.kpi.api.KpiResource;
import rapport.kpi.report.KpiFilter;
import rapport.kpi.report.KpiRequests;
import rapport.kpi.report.Period;

@Path("/api/teams/{teamId}/evidence")
@Tag(name = "Evidence")
@RunOnVirtualThread
public class EvidenceResource {

    @Inject
    EvidenceExporter exporter;

    @Inject
    KpiRequests requests;

    @GET
    @Operation(summary = "Download an evidence pack", description = "PDF (KPIs with definitions and n, "
            + "charts, improvement actions before/after with p-value and verdict, anonymised comments, assessment "
            + "criteria), CSV (table=series|kpis|cases|responses), JSON, or a ZIP of all of them with a manifest "
            + "tagging each file with the criteria it evidences. Never contains a customer's name, e-mail or phone.")
    @APIResponse(responseCode = "200", description = "The pack", content = {
        @Content(mediaType = "application/pdf"), @Content(mediaType = "text/csv"),
        @Content(mediaType = "application/json"), @Content(mediaType = "application/zip") })
    @APIResponse(responseCode = "400", description = "Bad period, unknown format or table",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "format",
                    value = """
                            {"type":"https://rapport.dev/problems/validation","title":"Invalid request","status":400,
                             "detail":"format: must be pdf, csv, json or zip",
                             "errors":[{"field":"format","message":"must be pdf, csv, json or zip"}]}""")))
    public Response evidence(@Parameter(example = "demo") @PathParam("teamId") String teamId,
            @Parameter(example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(example = "2026-04-01") @QueryParam("to") String to,
            @Parameter(description = "pdf (default), csv, json or zip", example = "pdf") @QueryParam("format") String format,
            @Parameter(description = "With format=csv: series (default), kpis, cases or responses", example = "series")
            @QueryParam("table") String table,
            @Parameter(description = "Only this team member", example = "alice") @QueryParam("agent") String agent,
            @Parameter(description = KpiResource.CUSTOMER_KIND, example = "EXTERNAL") @QueryParam("customerKind")
            String customerKind,
            @Parameter(description = KpiResource.VALUE_SEGMENT, example = "HIGH") @QueryParam("valueSegment")
            String valueSegment) {
        EvidenceFormat parsed = EvidenceFormat.parse(format);
        Period period = requests.period(teamId, from, to);
        KpiFilter filter = requests.filter(agent, null, null, customerKind, valueSegment);
        EvidenceExporter.Export export = exporter.export(teamId, period, filter, parsed, table);
        return Response.ok(export.body(), export.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.fileName() + "\"").build();
    }
}
