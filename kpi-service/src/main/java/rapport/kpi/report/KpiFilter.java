package rapport.kpi.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Optional filters of a KPI request (docs/kpi-definitions.md, "Filters"). Case KPIs (FCR, complaint
 * handling) filter on the opening contact's agent and channel and the case's category; contact KPIs
 * (retention, handling time) on the contact's own; survey KPIs on the response's or invitation's
 * agent and channel and the category of the case it is about; promise keeping on the promise's
 * agent, the promising contact's channel and the case's category. {@code customerKind} and
 * {@code valueSegment} keep the facts of the customers whose current kind and value segment match:
 * the case's, contact's, response's, invitation's or promise's customer; retention counts only such
 * customers.
 */
@Schema(description = "Filters applied (null when not filtered)")
public record KpiFilter(String agent, String channel, String category,
        @Schema(description = "EXTERNAL or INTERNAL", examples = "EXTERNAL") String customerKind,
        @Schema(description = "HIGH, MEDIUM or LOW", examples = "HIGH") String valueSegment) {

    public static final KpiFilter NONE = new KpiFilter(null, null, null, null, null);

    /** Only this team member's facts, of every customer. */
    public static KpiFilter agent(String agent) {
        return new KpiFilter(agent, null, null, null, null);
    }

    /** True when some contacts of a customer may pass and others not (agent, channel, category). */
    public boolean narrowsContacts() {
        return agent != null || channel != null || category != null;
    }

    /** True when whole customers are kept or left out by their kind or value segment. */
    public boolean narrowsCustomers() {
        return customerKind != null || valueSegment != null;
    }
}
