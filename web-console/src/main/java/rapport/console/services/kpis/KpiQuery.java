package rapport.console.services.kpis;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/**
 * The period {@code [from, to)} and the filters every KPI, series and evidence request of kpi-service takes
 * (docs/kpi-service.md, "Filters"); null filters are left out of the query.
 */
public record KpiQuery(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
        @QueryParam("agent") String agent, @QueryParam("channel") String channel,
        @QueryParam("category") String category, @QueryParam("customerKind") String customerKind,
        @QueryParam("valueSegment") String valueSegment) {

    /** The whole team over {@code [from, to)}. */
    public static KpiQuery period(LocalDate from, LocalDate to) {
        return new KpiQuery(from, to, null, null, null, null, null);
    }
}
