package rapport.feedback.response;

import io.quarkus.panache.common.Parameters;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import rapport.feedback.common.Channel;
import rapport.web.ProblemException;

/** The query parameters that narrow a list or summary of responses. */
public class ResponseFilter {

    @QueryParam("from")
    @Parameter(description = "Submitted at or after: a date (start of day in the reporting zone) or an instant",
            example = "2026-11-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Submitted before (exclusive): a date or an instant", example = "2026-12-01")
    public String to;

    @QueryParam("agent")
    @Parameter(description = "Team member the response is about", example = "alice")
    public String agent;

    @QueryParam("channel")
    @Parameter(description = "Channel of the contact it is about", example = "PHONE")
    public Channel channel;

    @QueryParam("source")
    @Parameter(description = "How it was collected", example = "SURVEY_LINK")
    public Source source;

    @QueryParam("customerId")
    @Parameter(description = "One customer's responses", example = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")
    public UUID customerId;

    @QueryParam("csat")
    @Parameter(description = "CSAT score or band, e.g. 1..2 (dissatisfied) or 5", example = "1..2")
    public String csat;

    @QueryParam("nps")
    @Parameter(description = "NPS band: detractor (0-6), passive (7-8), promoter (9-10), or a range like 0..6",
            example = "detractor")
    public String nps;

    @QueryParam("ces")
    @Parameter(description = "CES score or band, e.g. 5..7", example = "5..7")
    public String ces;

    /** The filter as an HQL condition over SurveyResponse, starting with the team. */
    Condition condition(String teamId, ZoneId zone) {
        Condition c = new Condition(new StringBuilder("teamId = :team"), Parameters.with("team", teamId));
        Instant start = instant("from", from, zone);
        Instant end = instant("to", to, zone);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ProblemException.invalidField("to", "must be after from");
        }
        c.add("submittedAt >= :from", "from", start);
        c.add("submittedAt < :to", "to", end);
        c.add("agent = :agent", "agent", agent);
        c.add("channel = :channel", "channel", channel);
        c.add("source = :source", "source", source);
        c.add("customerId = :customer", "customer", customerId);
        c.addRange("csat", ScoreRange.parse("csat", csat, 1, 5));
        c.addRange("nps", ScoreRange.parse("nps", nps, 0, 10));
        c.addRange("ces", ScoreRange.parse("ces", ces, 1, 7));
        return c;
    }

    /** The period, agent and channel part, applied to invitations for the summary's response rate. */
    Condition invitationCondition(String teamId, ZoneId zone) {
        Condition c = new Condition(new StringBuilder("teamId = :team"), Parameters.with("team", teamId));
        c.add("sentAt >= :from", "from", instant("from", from, zone));
        c.add("sentAt < :to", "to", instant("to", to, zone));
        c.add("agent = :agent", "agent", agent);
        c.add("channel = :channel", "channel", channel);
        c.add("customerId = :customer", "customer", customerId);
        return c;
    }

    private static Instant instant(String parameter, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(parameter, "must be a date (2026-11-01) or an instant "
                    + "(2026-11-01T09:00:00Z)");
        }
    }

    record Condition(StringBuilder where, Parameters params) {
        void add(String clause, String name, Object value) {
            if (value != null) {
                where.append(" and ").append(clause);
                params.and(name, value);
            }
        }

        void addRange(String field, ScoreRange range) {
            if (range != null) {
                where.append(" and ").append(field).append(" between :").append(field).append("Min and :")
                        .append(field).append("Max");
                params.and(field + "Min", range.min()).and(field + "Max", range.max());
            }
        }
    }
}
