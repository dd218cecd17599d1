package rapport.console.evidence;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import rapport.console.kpis.KpiFilters;
import rapport.console.services.ServiceProblem;
import rapport.console.services.kpis.KpiServiceClient;
import rapport.console.shell.FormErrors;
import rapport.console.shell.Section;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;
import rapport.console.shell.TemplateExtensions;

/**
 * The evidence pack: choose a period (and an agent, a customer kind, a value segment), preview what the pack will
 * contain, then download the PDF or the ZIP, which kpi-service makes and the console passes on unchanged (it keeps
 * nothing).
 */
@Path("/teams/{team}/evidence")
public class EvidencePage {

    @CheckedTemplate(basePath = "evidence")
    static class Templates {
        static native TemplateInstance page(Shell shell, EvidenceView view);
    }

    @Inject
    Shells shells;

    @Inject
    Clock clock;

    @RestClient
    KpiServiceClient kpis;

    /** The choice of period; with a period in the query (the form was sent), the preview too. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<Response> page(@PathParam("team") String team, @BeanParam KpiFilters filters) {
        Shell shell = shells.page(team, Section.EVIDENCE, "Evidence");
        boolean preview = filters.from != null && filters.to != null;
        filters.defaults(today());
        FormErrors checked = filters.check();
        if (!checked.isEmpty()) {
            return Uni.createFrom().item(page(shell, new EvidenceView(filters, null, checked), 400));
        }
        if (!preview) {
            return Uni.createFrom().item(page(shell, new EvidenceView(filters, null, FormErrors.none()), 200));
        }
        return kpis.evidencePreview(team, "json", filters.query())
                .map(pack -> page(shell, new EvidenceView(filters, pack, FormErrors.none()), 200))
                .onFailure(ServiceProblem.class).recoverWithItem(e -> page(shell, new EvidenceView(filters, null,
                        FormErrors.of((ServiceProblem) e, KpiFilters.FIELDS)), 400));
    }

    /** The PDF or the ZIP, as kpi-service sends it: its type, its file name, its bytes. */
    @GET
    @Path("/download")
    public Uni<Response> download(@PathParam("team") String team, @QueryParam("format") String format,
            @BeanParam KpiFilters filters) {
        shells.page(team, Section.EVIDENCE, "Evidence");
        filters.defaults(today());
        String chosen = "zip".equals(format) ? "zip" : "pdf";
        return kpis.evidence(team, chosen, filters.query()).map(answer -> Response.ok(answer.readEntity(byte[].class))
                .type(answer.getMediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, answer.getHeaderString(HttpHeaders.CONTENT_DISPOSITION))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }

    private static Response page(Shell shell, EvidenceView view, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(Templates.page(shell, view)).build();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TemplateExtensions.ZONE));
    }
}
