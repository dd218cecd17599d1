package rapport.console.services.kpis;

import java.util.List;

/** A team's KPI settings: repeat window, complaint target, reporting time zone, longest period, criteria. */
public record TeamSettings(String teamId, int repeatWindowDays, int complaintTargetHours, String timeZone,
        int maxPeriodDays, List<String> assessmentCriteria, boolean customised) {
}
