package rapport.kpi.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import rapport.events.PersonalDataFields;
import rapport.kpi.common.Sql;
import rapport.kpi.maths.Bucket;
import rapport.kpi.maths.FcrCase;
import rapport.kpi.report.CustomerCondition;
import rapport.kpi.report.KpiFilter;
import rapport.kpi.readmodel.ProtectedComments;
import rapport.messaging.keys.DataKeys;

/** Reads the anonymised rows behind an evidence pack: cases, responses and a few comments. */
@ApplicationScoped
public class EvidenceFacts {

    static final int COMMENTS = 5;

    @Inject
    Sql sql;

    @Inject
    DataKeys keys;

    @Inject
    ProtectedComments comments;

    List<CaseFactRow> cases(String teamId, Bucket period, KpiFilter filter, ZoneId zone, int repeatWindowDays) {
        List<Object> parameters = new ArrayList<>(List.of(teamId, period.start(), period.end()));
        String filtered = conditions(filter, "c.opener_agent", "c.customer_id", parameters);
        return sql.query("""
                select c.opened_at, c.category, c.opener_channel, c.opener_agent, c.opener_direction, c.opener_outcome,
                    c.next_repeat_at, c.status, c.reopens, extract(epoch from c.resolved_at - c.opened_at) / 3600.0 as hours,
                    (select count(*) from rm_complaint_step s where s.case_id = c.case_id) as steps
                from rm_case c where c.team_id = ? and c.opened_at >= ? and c.opened_at < ?""" + filtered
                + " order by c.opened_at", parameters, row -> {
                    Instant opened = Sql.instant(row, "opened_at");
                    boolean inbound = "INBOUND".equals(row.getString("opener_direction"));
                    FcrCase fcr = new FcrCase(opened, "RESOLVED".equals(row.getString("opener_outcome")),
                            Sql.instant(row, "next_repeat_at"));
                    double hours = row.getDouble("hours");
                    return new CaseFactRow(LocalDate.ofInstant(opened, zone), row.getString("category"),
                            row.getString("opener_channel"), row.getString("opener_agent"),
                            row.getString("opener_direction"), row.getString("opener_outcome"),
                            inbound ? fcr.resolvedFirstTime(repeatWindowDays) : null, row.getString("status"),
                            row.getInt("reopens"), row.wasNull() ? null : hours, row.getInt("steps"));
                });
    }

    List<ResponseFactRow> responses(String teamId, Bucket period, KpiFilter filter, ZoneId zone) {
        List<Object> parameters = new ArrayList<>(List.of(teamId, period.start(), period.end()));
        String filtered = conditions(filter, "r.agent", "r.customer_id", parameters);
        return sql.query("""
                select r.submitted_at, r.channel, r.agent, r.source, r.csat, r.nps, r.ces, r.rater_reliability,
                    r.rater_assurance, r.rater_tangibles, r.rater_empathy, r.rater_responsiveness
                from rm_response r where r.team_id = ? and r.submitted_at >= ? and r.submitted_at < ?""" + filtered
                + " order by r.submitted_at", parameters, row -> new ResponseFactRow(
                        LocalDate.ofInstant(Sql.instant(row, "submitted_at"), zone), row.getString("channel"),
                        row.getString("agent"), row.getString("source"), Sql.integer(row, "csat"),
                        Sql.integer(row, "nps"), Sql.integer(row, "ces"), Sql.integer(row, "rater_reliability"),
                        Sql.integer(row, "rater_assurance"), Sql.integer(row, "rater_tangibles"),
                        Sql.integer(row, "rater_empathy"), Sql.integer(row, "rater_responsiveness")));
    }

    /**
     * The most recent comments of the period (erased customers' comments are already gone), decrypted with the data
     * key of their subject (docs/erasure.md, "Comments"); one whose key is not held here is left out.
     */
    List<AnonymisedComment> comments(String teamId, Bucket period, KpiFilter filter, ZoneId zone) {
        List<Object> parameters = new ArrayList<>(List.of(teamId, period.start(), period.end()));
        String filtered = conditions(filter, "r.agent", "r.customer_id", parameters);
        parameters.add(COMMENTS);
        List<Optional<AnonymisedComment>> rows = sql.query("""
                select r.submitted_at, r.channel, r.csat, r.nps, r.comment, r.customer_id, r.response_id
                from rm_response r
                where r.team_id = ? and r.submitted_at >= ? and r.submitted_at < ? and r.comment is not null""" + filtered
                + " order by r.submitted_at desc limit ?", parameters, row -> {
                    UUID customer = row.getObject("customer_id", UUID.class);
                    UUID response = row.getObject("response_id", UUID.class);
                    LocalDate day = LocalDate.ofInstant(Sql.instant(row, "submitted_at"), zone);
                    String channel = row.getString("channel");
                    Integer csat = Sql.integer(row, "csat");
                    Integer nps = Sql.integer(row, "nps");
                    return comments.reveal(customer, response, row.getString("comment")).map(text -> {
                        // contact details first: an e-mail address may hold the name, and is masked whole
                        String masked = AnonymisedComment.mask(text);
                        return new AnonymisedComment(day, channel, csat, nps,
                                customer == null ? masked : NameParts.mask(masked, customer, nameParts(customer)));
                    });
                });
        return rows.stream().flatMap(Optional::stream).toList();
    }

    /** The hashes of the parts of every name the customer had, from the protected names decrypted now. */
    private Set<String> nameParts(UUID customerId) {
        Set<String> hashes = new HashSet<>();
        sql.query("select protected_name from rm_customer_name where customer_id = ?", row -> row.getString(1),
                customerId).forEach(name -> keys.reveal(customerId, PersonalDataFields.DISPLAY_NAME, name)
                        .ifPresent(plain -> hashes.addAll(NameParts.hashes(customerId, plain))));
        return hashes;
    }

    /** The pack's filters: the team member, and the customers' kind and value segment as the KPIs apply them. */
    private static String conditions(KpiFilter filter, String agentColumn, String customerColumn,
            List<Object> parameters) {
        String byAgent = "";
        if (filter.agent() != null) {
            parameters.add(filter.agent());
            byAgent = " and " + agentColumn + " = ?";
        }
        return byAgent + CustomerCondition.of(filter, customerColumn, parameters);
    }
}
