package rapport.kpi.settings;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The spec's defaults for a team that has not changed its KPI settings. */
@ConfigMapping(prefix = "rapport.kpi.defaults")
public interface KpiDefaults {

    /** FCR repeat window W in days. */
    @WithDefault("7")
    int repeatWindowDays();

    /** Complaint handling target in hours. */
    @WithDefault("72")
    int complaintTargetHours();

    /** Reporting time zone: KPI dates are calendar dates here. */
    @WithDefault("Europe/London")
    String timeZone();

    /** Longest period one KPI request may cover, in days. */
    @WithDefault("400")
    int maxPeriodDays();
}
