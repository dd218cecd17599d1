package rapport.kpi.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import rapport.kpi.settings.AssessmentCriteria;

/**
 * The ZIP's table of contents. Each file is tagged with the team's criteria it evidences: those of
 * the default list that match what the file shows, and every criterion for the PDF and JSON, which
 * carry the whole pack (so criteria a team added itself are always mapped somewhere).
 */
record Manifest(String teamId, String agent, String customerKind, String valueSegment, LocalDate from, LocalDate to, Instant generatedAt,
        List<String> assessmentCriteria, List<ManifestItem> items) {

    static final String PDF = "evidence.pdf";
    static final String JSON = "evidence.json";
    static final String KPIS = "kpis.csv";
    static final String SERIES = "series.csv";
    static final String CASES = "cases.csv";
    static final String RESPONSES = "responses.csv";

    static Manifest of(EvidencePack pack) {
        List<String> all = pack.assessmentCriteria();
        return new Manifest(pack.teamId(), pack.agent(), pack.customerKind(), pack.valueSegment(), pack.from(), pack.to(), pack.generatedAt(), all, List.of(
                new ManifestItem(PDF, "application/pdf", "Printable report: KPIs with definitions and n, charts, "
                        + "improvement actions before/after with p-values and verdicts, anonymised comments", all),
                new ManifestItem(JSON, "application/json", "The same numbers, machine-readable", all),
                item(KPIS, "text/csv", "Every KPI of the period with numerator, n, definition and interval", all,
                        Set.of(AssessmentCriteria.REVIEWS_AND_IMPROVES, AssessmentCriteria.MEASURES_SATISFACTION)),
                item(SERIES, "text/csv", "Every KPI per bucket (time series)", all,
                        Set.of(AssessmentCriteria.REVIEWS_AND_IMPROVES, AssessmentCriteria.MEASURES_SATISFACTION)),
                item(CASES, "text/csv", "Anonymised cases: channel, category, FCR, resolution hours, complaint steps",
                        all, Set.of(AssessmentCriteria.HANDLES_COMPLAINTS, AssessmentCriteria.FOLLOWS_UP)),
                item(RESPONSES, "text/csv", "Anonymised survey responses: CSAT, NPS, CES and RATER scores", all,
                        Set.of(AssessmentCriteria.COLLECTS_FEEDBACK, AssessmentCriteria.MEASURES_SATISFACTION,
                                AssessmentCriteria.SERVICE_MODELS))));
    }

    private static ManifestItem item(String file, String mediaType, String description, List<String> teamCriteria,
            Set<String> evidences) {
        return new ManifestItem(file, mediaType, description, teamCriteria.stream().filter(evidences::contains).toList());
    }
}
