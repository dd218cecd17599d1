package rapport.kpi.maths;

import java.util.List;

/**
 * Everything the read model knows that the KPIs of one period need. A component the caller did not
 * gather is empty, which gives n = 0 for the KPIs that read it.
 */
public record BucketFacts(List<FcrGroup> fcrGroups, ActivityCounts activity, Tally durations, Scores scores,
        long invitationsSent, long invitationsAnswered, List<ComplaintCase> complaints, List<PromiseFact> promises) {

    public static final BucketFacts EMPTY = new BucketFacts(List.of(), ActivityCounts.NONE, Tally.values(),
            Scores.EMPTY, 0, 0, List.of(), List.of());
}
