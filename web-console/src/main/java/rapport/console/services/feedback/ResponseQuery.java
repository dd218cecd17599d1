package rapport.console.services.feedback;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;

/**
 * feedback-service's response filters (docs/feedback-service.md, "Endpoints"): a period {@code [from, to)} of days,
 * source, channel, agent, and a score or band of one kind ({@code csat=4}, {@code ces=1..2}, {@code nps=detractor}).
 * Public fields, not a record: the REST client reads a parameter container's fields directly, or through getters.
 */
public final class ResponseQuery {

    @QueryParam("from")
    public final LocalDate from;
    @QueryParam("to")
    public final LocalDate to;
    @QueryParam("source")
    public final String source;
    @QueryParam("channel")
    public final String channel;
    @QueryParam("agent")
    public final String agent;
    @QueryParam("csat")
    public final String csat;
    @QueryParam("nps")
    public final String nps;
    @QueryParam("ces")
    public final String ces;

    public ResponseQuery(LocalDate from, LocalDate to, String source, String channel, String agent, String csat,
            String nps, String ces) {
        this.from = from;
        this.to = to;
        this.source = source;
        this.channel = channel;
        this.agent = agent;
        this.csat = csat;
        this.nps = nps;
        this.ces = ces;
    }
}
