package rapport.kpi.maths;

import java.time.Instant;

/** The team settings and the moment that KPI definitions depend on; W is whole days (1–90). */
public record KpiParameters(int repeatWindowDays, double complaintTargetHours, Instant now) {
}
