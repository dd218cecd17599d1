package rapport.kpi.maths;

import java.time.Duration;
import java.time.Instant;

/** The team settings and the moment that KPI definitions depend on. */
public record KpiParameters(Duration repeatWindow, double complaintTargetHours, Instant now) {
}
