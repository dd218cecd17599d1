package rapport.web.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Forgets idempotency keys older than {@code rapport.web.idempotency.retention}: a retry comes within
 * minutes, and the stored responses should not pile up (they hold personal data). Runs every
 * {@code rapport.web.idempotency.purge-interval}; a failed run is logged by the scheduler and the next
 * one tries again.
 */
@ApplicationScoped
public class IdempotencyPurge {

    @Inject
    IdempotencyConfig config;

    @Inject
    IdempotentRequests requests;

    @Inject
    Clock clock;

    @Scheduled(identity = "idempotency-purge", every = "${rapport.web.idempotency.purge-interval:1H}",
            delayed = "${rapport.web.idempotency.purge-interval:1H}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purgeExpired();
    }

    /** Deletes the keys older than the retention; returns how many. */
    public int purgeExpired() {
        return requests.forgetClaimedBefore(clock.instant().minus(config.retention()));
    }
}
