package rapport.kpi.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Optional filters of a KPI request. Case KPIs (FCR, complaint handling) filter on the opening
 * contact's agent and channel and the case's category; contact KPIs (retention, handling time) on
 * the contact's own; survey KPIs on the response's or invitation's agent and channel and the
 * category of the case it is about; promise keeping on the promise's agent, the promising
 * contact's channel and the case's category.
 */
@Schema(description = "Filters applied (null when not filtered)")
public record KpiFilter(String agent, String channel, String category) {

    public static final KpiFilter NONE = new KpiFilter(null, null, null);
}
