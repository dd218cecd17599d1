package rapport.kpi.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import rapport.kpi.common.Sql;
import rapport.kpi.maths.ActivityCounts;
import rapport.kpi.maths.Bucket;
import rapport.kpi.maths.BucketFacts;
import rapport.kpi.maths.ComplaintCase;
import rapport.kpi.maths.Facts;
import rapport.kpi.maths.FcrGroup;
import rapport.kpi.maths.PromiseFact;
import rapport.kpi.maths.Scores;
import rapport.kpi.maths.Tally;

/**
 * SQL that gathers, for every bucket at once, the facts the KPI maths needs: per-case rows for
 * FCR and complaints, customer counts for retention, tallies of answers and durations. Each query
 * reads one team's rows through an index on (team, time).
 */
@ApplicationScoped
public class FactGatherer {

    /** The survey questions and their ranges, in the order of {@link Scores}' components. */
    private static final List<Question> QUESTIONS = List.of(new Question("csat", 1, 5), new Question("nps", 0, 10),
            new Question("ces", 1, 7), new Question("rater_reliability", 1, 5), new Question("rater_assurance", 1, 5),
            new Question("rater_tangibles", 1, 5), new Question("rater_empathy", 1, 5),
            new Question("rater_responsiveness", 1, 5));
    private static final String CASE_CATEGORY = "(select c.category from rm_case c where c.case_id = %s.case_id)";

    private record Question(String column, int low, int high) {
    }

    @Inject
    Sql sql;

    /**
     * The facts of every bucket. The kinds of facts are independent queries, so they run at the same
     * time, each on its own connection: a summary takes as long as its slowest query, not their sum.
     */
    public List<BucketFacts> gather(String teamId, List<Bucket> buckets, Set<Facts> kinds, KpiFilter filter,
            Instant now) {
        int size = buckets.size();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var fcr = run(executor, kinds, Facts.CASES, () -> fcrGroups(teamId, buckets, filter, now), empty(size));
            var activity = run(executor, kinds, Facts.ACTIVITY, () -> activity(teamId, buckets, filter),
                    filled(size, ActivityCounts.NONE));
            var durations = run(executor, kinds, Facts.DURATIONS, () -> durations(teamId, buckets, filter),
                    filled(size, Tally.values()));
            var scores = run(executor, kinds, Facts.SCORES, () -> scores(teamId, buckets, filter),
                    filled(size, Scores.EMPTY));
            var invitations = run(executor, kinds, Facts.INVITATIONS, () -> invitations(teamId, buckets, filter),
                    filled(size, new long[2]));
            var complaints = run(executor, kinds, Facts.COMPLAINTS, () -> complaints(teamId, buckets, filter),
                    FactGatherer.<ComplaintCase>empty(size));
            var promises = run(executor, kinds, Facts.PROMISES, () -> promises(teamId, buckets, filter),
                    FactGatherer.<PromiseFact>empty(size));
            List<BucketFacts> facts = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                facts.add(new BucketFacts(fcr.join().get(k), activity.join().get(k), durations.join().get(k),
                        scores.join().get(k), invitations.join().get(k)[0], invitations.join().get(k)[1],
                        complaints.join().get(k), promises.join().get(k)));
            }
            return facts;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static <T> CompletableFuture<List<T>> run(ExecutorService executor, Set<Facts> kinds, Facts kind,
            Supplier<List<T>> query, List<T> none) {
        return kinds.contains(kind) ? CompletableFuture.supplyAsync(query, executor)
                : CompletableFuture.completedFuture(none);
    }

    private static <T> List<T> filled(int size, T value) {
        return new ArrayList<>(Collections.nCopies(size, value));
    }

    /** FCR-eligible cases grouped by what the rule reads ({@link FcrGroup}): whole days to the first repeat and of age. */
    private List<List<FcrGroup>> fcrGroups(String teamId, List<Bucket> buckets, KpiFilter filter, Instant now) {
        FactQuery query = new FactQuery().add("select b.k, c.opener_outcome = 'RESOLVED' as resolved, "
                + "case when c.next_repeat_at is null then null "
                + "else least(floor(extract(epoch from c.next_repeat_at - c.opened_at) / 86400), ?)::int end as gap_days, "
                + "least(floor(extract(epoch from ?::timestamptz - c.opened_at) / 86400), ?)::int as age_days, "
                + "count(*) as cases from", FcrGroup.CAP, now, FcrGroup.CAP).buckets(buckets)
                .add("join rm_case c on c.team_id = ? and c.opener_direction = 'INBOUND' and c.opened_at >= b.s "
                        + "and c.opened_at < b.e", teamId)
                .filter(filter, "c.opener_agent", "c.opener_channel", "c.category", "c.customer_id")
                .add(" group by 1, 2, 3, 4");
        List<List<FcrGroup>> groups = empty(buckets.size());
        sql.query(query.sql(), query.parameters(), row -> groups.get(row.getInt("k")).add(new FcrGroup(
                row.getBoolean("resolved"), Sql.integer(row, "gap_days"), row.getInt("age_days"), row.getLong("cases"))));
        return groups;
    }

    /**
     * Customers active in P, in P' (the same length right before) and new in P, where active skips
     * NO_RESPONSE. Without a contact filter, "new" reads the precomputed first-active flag; with one, the
     * customer's first such contact ever is looked up among the contacts that pass the filter.
     */
    private List<ActivityCounts> activity(String teamId, List<Bucket> buckets, KpiFilter filter) {
        FactQuery query = new FactQuery().add("with a as (select b.k, i.customer_id, min(i.occurred_at) as first_seen, "
                + "max(i.occurred_at) as last_seen, max(i.occurred_at) filter (where i.first_active) as first_active_at "
                + "from").buckets(buckets)
                .add("join rm_interaction i on i.team_id = ? and not i.voided and i.outcome <> 'NO_RESPONSE' "
                        + "and i.occurred_at >= b.ps and i.occurred_at < b.e", teamId)
                .filter(filter, "i.agent", "i.channel", "i.category", "i.customer_id")
                .add(" group by b.k, i.customer_id) select a.k, count(*) filter (where a.first_seen < b.s) as previous, "
                        + "count(*) filter (where a.first_seen < b.s and a.last_seen >= b.s) as retained, "
                        + "count(*) filter (where a.last_seen >= b.s) as active, ");
        if (!filter.narrowsContacts()) {
            // whole customers are in or out: their first active contact ever is the precomputed one
            query.add("count(*) filter (where a.first_active_at >= b.s) as new_customers from a join");
        } else {
            query.add("count(*) filter (where a.first_seen >= b.s and not exists (select 1 from rm_interaction j "
                    + "where j.team_id = ? and j.customer_id = a.customer_id and not j.voided "
                    + "and j.outcome <> 'NO_RESPONSE' and j.occurred_at < b.ps", teamId)
                    .filter(filter, "j.agent", "j.channel", "j.category", "j.customer_id")
                    .add(")) as new_customers from a join");
        }
        query.buckets(buckets).add("on b.k = a.k group by a.k");
        List<ActivityCounts> counts = filled(buckets.size(), ActivityCounts.NONE);
        sql.query(query.sql(), query.parameters(), row -> counts.set(row.getInt("k"), new ActivityCounts(
                row.getLong("previous"), row.getLong("retained"), row.getLong("active"),
                row.getLong("new_customers"))));
        return counts;
    }

    private List<Tally> durations(String teamId, List<Bucket> buckets, KpiFilter filter) {
        FactQuery query = new FactQuery().add("select b.k, i.duration_minutes as minutes, count(*) as n from")
                .buckets(buckets)
                .add("join rm_interaction i on i.team_id = ? and not i.voided and i.duration_minutes is not null "
                        + "and i.occurred_at >= b.s and i.occurred_at < b.e", teamId)
                .filter(filter, "i.agent", "i.channel", "i.category", "i.customer_id")
                .add(" group by b.k, i.duration_minutes");
        List<Map<Integer, Long>> counts = emptyMaps(buckets.size());
        sql.query(query.sql(), query.parameters(),
                row -> counts.get(row.getInt("k")).put(row.getInt("minutes"), row.getLong("n")));
        return counts.stream().map(Tally::of).toList();
    }

    /** One pass over the period's responses, counting every answer value of every question. */
    private List<Scores> scores(String teamId, List<Bucket> buckets, KpiFilter filter) {
        StringBuilder columns = new StringBuilder("select b.k");
        for (Question question : QUESTIONS) {
            for (int value = question.low(); value <= question.high(); value++) {
                columns.append(", count(*) filter (where r.").append(question.column()).append(" = ").append(value)
                        .append(")");
            }
        }
        FactQuery query = new FactQuery().add(columns + " from").buckets(buckets)
                .add("join rm_response r on r.team_id = ? and r.submitted_at >= b.s and r.submitted_at < b.e", teamId)
                .filter(filter, "r.agent", "r.channel", CASE_CATEGORY.formatted("r"), "r.customer_id")
                .add(" group by b.k");
        List<Scores> scores = filled(buckets.size(), Scores.EMPTY);
        sql.query(query.sql(), query.parameters(), row -> {
            List<Tally> tallies = new ArrayList<>();
            int column = 2;
            for (Question question : QUESTIONS) {
                Map<Integer, Long> counts = new HashMap<>();
                for (int value = question.low(); value <= question.high(); value++) {
                    long n = row.getLong(column++);
                    if (n > 0) {
                        counts.put(value, n);
                    }
                }
                tallies.add(Tally.of(counts));
            }
            return scores.set(row.getInt("k"), new Scores(tallies.get(0), tallies.get(1), tallies.get(2),
                    tallies.get(3), tallies.get(4), tallies.get(5), tallies.get(6), tallies.get(7)));
        });
        return scores;
    }

    /** Invitations sent in the bucket, and how many of them have a response (at any time). */
    private List<long[]> invitations(String teamId, List<Bucket> buckets, KpiFilter filter) {
        FactQuery query = new FactQuery().add("select b.k, count(*) as sent, count(*) filter (where v.answered) "
                + "as answered from")
                .buckets(buckets)
                .add("join rm_invitation v on v.team_id = ? and v.sent_at >= b.s and v.sent_at < b.e", teamId)
                .filter(filter, "v.agent", "v.channel", CASE_CATEGORY.formatted("v"), "v.customer_id")
                .add(" group by b.k");
        List<long[]> counts = filled(buckets.size(), new long[2]);
        sql.query(query.sql(), query.parameters(),
                row -> counts.set(row.getInt("k"), new long[] { row.getLong("sent"), row.getLong("answered") }));
        return counts;
    }

    private List<List<ComplaintCase>> complaints(String teamId, List<Bucket> buckets, KpiFilter filter) {
        FactQuery query = new FactQuery().add("select b.k, extract(epoch from c.resolved_at - c.opened_at) / 3600.0 "
                + "as hours, c.complaint_steps = 4 as all_steps from").buckets(buckets)
                .add("join rm_case c on c.team_id = ? and c.category = 'COMPLAINT' and c.resolved_at >= b.s "
                        + "and c.resolved_at < b.e", teamId)
                .filter(filter, "c.opener_agent", "c.opener_channel", "c.category", "c.customer_id");
        List<List<ComplaintCase>> cases = empty(buckets.size());
        sql.query(query.sql(), query.parameters(), row -> cases.get(row.getInt("k"))
                .add(new ComplaintCase(row.getDouble("hours"), row.getBoolean("all_steps"))));
        return cases;
    }

    private List<List<PromiseFact>> promises(String teamId, List<Bucket> buckets, KpiFilter filter) {
        FactQuery query = new FactQuery().add("select b.k, p.due_at, p.completed_at from").buckets(buckets)
                .add("join rm_promise p on p.team_id = ? and p.due_at >= b.s and p.due_at < b.e", teamId)
                .filter(filter, "p.agent",
                        "(select i.channel from rm_interaction i where i.interaction_id = p.interaction_id)",
                        CASE_CATEGORY.formatted("p"), "p.customer_id");
        List<List<PromiseFact>> promises = empty(buckets.size());
        sql.query(query.sql(), query.parameters(), row -> promises.get(row.getInt("k"))
                .add(new PromiseFact(Sql.instant(row, "due_at"), Sql.instant(row, "completed_at"))));
        return promises;
    }

    private static <T> List<List<T>> empty(int size) {
        List<List<T>> lists = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static List<Map<Integer, Long>> emptyMaps(int size) {
        List<Map<Integer, Long>> maps = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            maps.add(new HashMap<>());
        }
        return maps;
    }
}
