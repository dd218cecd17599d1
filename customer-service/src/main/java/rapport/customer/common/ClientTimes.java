package rapport.customer.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import rapport.web.ProblemException;

/** Checks times a client reports (when a contact happened, when a step was taken) against the server's clock. */
@ApplicationScoped
public class ClientTimes {

    @Inject
    Clock clock;

    @Inject
    CustomerServiceConfig config;

    /**
     * {@code time} (to the microsecond, as PostgreSQL keeps it), or now when absent; 422 naming
     * {@code field} when it lies further in the future than the tolerance.
     */
    public Instant notInFuture(Instant time, String field) {
        Instant now = clock.instant();
        if (time == null) {
            return now;
        }
        if (time.isAfter(now.plus(config.clockSkewTolerance()))) {
            throw ProblemException.unprocessable("time-in-future", "Time in the future",
                    "must not be later than now (" + now + ") plus the clock-skew tolerance of "
                            + config.clockSkewTolerance(), field);
        }
        return time.truncatedTo(ChronoUnit.MICROS);
    }
}
