package rapport.console.services.customers;

import java.time.Instant;

/** A complaint step to record; no {@code at} means now. */
public record NewComplaintStep(ComplaintStep step, Instant at) {
}
