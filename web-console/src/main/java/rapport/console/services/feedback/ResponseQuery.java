package rapport.console.services.feedback;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/**
 * feedback-service's response filters (docs/feedback-service.md, "Endpoints"): a period {@code [from, to)} of days,
 * source, channel, agent, and a score or band of one kind ({@code csat=4}, {@code ces=1..2}, {@code nps=detractor}).
 */
public record ResponseQuery(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
        @QueryParam("source") String source, @QueryParam("channel") String channel, @QueryParam("agent") String agent,
        @QueryParam("csat") String csat, @QueryParam("nps") String nps, @QueryParam("ces") String ces) {
}
