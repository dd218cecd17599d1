package rapport.kpi.maths;

import java.time.Duration;
import java.time.Instant;

/**
 * FCR-eligible cases that are alike for every repeat window W of whole days: whether the opener
 * resolved, the whole days from the opener to the first repeat-contact candidate (null: none), and
 * the whole days the case has been open until now; both capped at {@link #CAP} (W is at most 90
 * days). Since W is whole days, {@code gap >= W} exactly when {@code floor(gap in days) >= W}, so
 * grouping loses nothing, and the read model can hand over a few hundred groups instead of every case.
 */
public record FcrGroup(boolean openerResolved, Integer repeatGapDays, int ageDays, long cases) {

    public static final int CAP = 91;
    private static final long DAY_NANOS = Duration.ofDays(1).toNanos();

    public static FcrGroup of(FcrCase c, Instant now) {
        return new FcrGroup(c.openerResolved(), c.nextRepeatAt() == null ? null : wholeDays(c.openedAt(),
                c.nextRepeatAt()), wholeDays(c.openedAt(), now), 1);
    }

    /** floor((to − from) in days), capped at {@link #CAP}. */
    static int wholeDays(Instant from, Instant to) {
        return (int) Math.min(CAP, Math.floorDiv(Duration.between(from, to).toNanos(), DAY_NANOS));
    }

    /** Resolved by the opener and no repeat contact in {@code [opener, opener + W)}. */
    public boolean resolvedFirstTime(int windowDays) {
        return openerResolved && (repeatGapDays == null || repeatGapDays >= windowDays);
    }

    /** The repeat window {@code [opener, opener + W)} has not closed yet. */
    public boolean provisional(int windowDays) {
        return ageDays < windowDays;
    }
}
