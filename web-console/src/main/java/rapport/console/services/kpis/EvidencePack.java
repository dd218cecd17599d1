package rapport.console.services.kpis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What an evidence pack holds (kpi-service's {@code format=json}); no customer name, e-mail, phone or id. */
public record EvidencePack(String teamId, String agent, String customerKind, String valueSegment, LocalDate from,
        LocalDate to, String timeZone, Instant generatedAt, int repeatWindowDays, int complaintTargetHours,
        List<String> assessmentCriteria, List<KpiResult> kpis, List<KpiSeries> series,
        List<ImprovementEvaluation> improvements, List<Comment> comments) {

    /** A customer's comment, anonymised by kpi-service: the day, channel and scores only. */
    public record Comment(LocalDate date, String channel, Integer csat, Integer nps, String text) {
    }
}
