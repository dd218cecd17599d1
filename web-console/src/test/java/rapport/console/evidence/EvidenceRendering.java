package rapport.console.evidence;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import rapport.console.RenderedPages;
import rapport.console.kpis.KpiFilters;
import rapport.console.kpis.KpiFixtures;
import rapport.console.services.kpis.EvidencePack;
import rapport.console.shell.FormErrors;
import rapport.console.shell.Section;

/** Test only: the evidence page rendered from kpi-service-shaped answers (see {@link RenderedPages}). */
@Path("/rendered/evidence")
@Produces(MediaType.TEXT_HTML)
public class EvidenceRendering {

    static KpiFilters filters() {
        KpiFilters filters = new KpiFilters();
        filters.from = "2026-09-01";
        filters.to = "2026-11-30";
        filters.agent = "jordan.reid";
        return filters.defaults(KpiFixtures.TO);
    }

    static EvidencePack pack() {
        List<EvidencePack.Comment> comments = new java.util.ArrayList<>();
        comments.add(new EvidencePack.Comment(LocalDate.parse("2026-11-03"), "FACE_TO_FACE", 5, 10,
                "<script>alert(1)</script> Lovely & quick"));
        for (int i = 0; i < 6; i++) {
            comments.add(new EvidencePack.Comment(LocalDate.parse("2026-11-04"), "PHONE", 4, 8, "Fine " + i));
        }
        return new EvidencePack("demo", "jordan.reid", null, null, LocalDate.parse("2026-09-01"),
                LocalDate.parse("2026-12-01"), "Europe/London", Instant.parse("2026-12-01T10:00:00Z"), 7, 72,
                List.of("Collects and acts on customer feedback", "Reviews and improves service using KPIs"),
                KpiFixtures.report().kpis(), List.of(KpiFixtures.fcrPerWeek()), List.of(), comments);
    }

    @GET
    @Path("/preview")
    public TemplateInstance preview() {
        return EvidencePage.Templates.page(RenderedPages.shell(false, Section.EVIDENCE),
                new EvidenceView(filters(), pack(), FormErrors.none()));
    }

    @GET
    @Path("/refused")
    public TemplateInstance refused() {
        FormErrors errors = RenderedPages.refusal("kpi-service", """
                {"type": "https://rapport.dev/problems/validation", "title": "Invalid request", "status": 400,
                 "errors": [{"field": "from", "message": "must not be after to (2026-12-01)"}]}""", KpiFilters.FIELDS);
        return EvidencePage.Templates.page(RenderedPages.shell(false, Section.EVIDENCE),
                new EvidenceView(filters(), null, errors));
    }
}
