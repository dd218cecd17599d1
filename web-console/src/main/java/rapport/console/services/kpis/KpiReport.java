package rapport.console.services.kpis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Every KPI of a team over {@code [from, to)}, dates in the team's time zone. */
public record KpiReport(String teamId, LocalDate from, LocalDate to, String timeZone, List<KpiResult> kpis) {

    public Optional<KpiResult> kpi(String id) {
        return kpis.stream().filter(k -> k.kpi().equals(id)).findFirst();
    }
}
