package rapport.kpi.maths;

import java.time.Duration;
import java.time.Instant;

/** An FCR-eligible case (INBOUND opener in the period): what decides whether it was resolved first time. */
public record FcrCase(Instant openedAt, boolean openerResolved, Instant nextRepeatAt) {

    /** Resolved by its opener and no repeat contact in {@code [openedAt, openedAt + w)}. */
    public boolean resolvedFirstTime(Duration w) {
        return openerResolved && (nextRepeatAt == null || !nextRepeatAt.isBefore(openedAt.plus(w)));
    }

    /** Its repeat window has not closed yet, so a repeat contact may still come. */
    public boolean provisional(Duration w, Instant now) {
        return openedAt.plus(w).isAfter(now);
    }
}
