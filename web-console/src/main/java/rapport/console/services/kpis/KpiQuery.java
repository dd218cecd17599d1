package rapport.console.services.kpis;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/**
 * The period {@code [from, to)} and the filters every KPI, series and evidence request of kpi-service takes
 * (docs/kpi-service.md, "Filters"); null filters are left out of the query. Public fields, not a record: the REST
 * client reads a parameter container's fields directly, or through getters.
 */
public final class KpiQuery {

    @QueryParam("from")
    public final LocalDate from;
    @QueryParam("to")
    public final LocalDate to;
    @QueryParam("agent")
    public final String agent;
    @QueryParam("channel")
    public final String channel;
    @QueryParam("category")
    public final String category;
    @QueryParam("customerKind")
    public final String customerKind;
    @QueryParam("valueSegment")
    public final String valueSegment;

    public KpiQuery(LocalDate from, LocalDate to, String agent, String channel, String category, String customerKind,
            String valueSegment) {
        this.from = from;
        this.to = to;
        this.agent = agent;
        this.channel = channel;
        this.category = category;
        this.customerKind = customerKind;
        this.valueSegment = valueSegment;
    }

    /** The whole team over {@code [from, to)}. */
    public static KpiQuery period(LocalDate from, LocalDate to) {
        return new KpiQuery(from, to, null, null, null, null, null);
    }
}
