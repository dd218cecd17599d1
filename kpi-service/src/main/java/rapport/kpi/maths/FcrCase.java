package rapport.kpi.maths;

import java.time.Instant;

/** An FCR-eligible case (INBOUND opener in the period): what decides whether it was resolved first time. */
public record FcrCase(Instant openedAt, boolean openerResolved, Instant nextRepeatAt) {

    /** Resolved by its opener and no repeat contact in {@code [openedAt, openedAt + W)} (rule: {@link FcrGroup}). */
    public boolean resolvedFirstTime(int windowDays) {
        return FcrGroup.of(this, openedAt).resolvedFirstTime(windowDays);
    }
}
