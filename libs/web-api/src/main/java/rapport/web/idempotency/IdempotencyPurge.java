package rapport.web.idempotency;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Forgets idempotency keys older than {@code rapport.web.idempotency.retention}: a retry comes within
 * minutes, and the stored responses should not pile up (they hold personal data).
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    @Inject
    IdempotencyConfig config;

    @Inject
    IdempotentRequests requests;

    @Inject
    Clock clock;

    private volatile Thread thread;

    void start(@Observes StartupEvent event) {
        thread = Thread.ofVirtual().name("idempotency-purge").start(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(config.purgeInterval());
                purgeExpired();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("could not purge expired idempotency keys (%s); trying again later", e.getMessage());
            }
        }
    }

    /** Deletes the keys older than the retention; returns how many. */
    public int purgeExpired() {
        return requests.forgetClaimedBefore(clock.instant().minus(config.retention()));
    }
}
