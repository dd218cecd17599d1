package rapport.console.services.kpis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An improvement action as kpi-service stores it: what changed, which KPI should move which way, its windows. */
public record Improvement(UUID id, String title, String description, String targetKpi, String expectedDirection,
        LocalDate dateInPlace, Window baseline, Window evaluation, String createdBy, Instant createdAt) {

    /** A window {@code [from, to)} of days in the team's time zone. */
    public record Window(LocalDate from, LocalDate to) {
    }
}
