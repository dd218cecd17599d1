package rapport.customer.idempotency;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;
import rapport.customer.common.CustomerServiceConfig;

/**
 * Forgets idempotency keys older than {@code rapport.customer.idempotency-retention}: a retry comes
 * within minutes, and the stored responses should not pile up (they hold personal data).
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    @Inject
    CustomerServiceConfig config;

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
                Thread.sleep(config.idempotencyPurgeInterval());
                purgeExpired();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("could not purge expired idempotency keys (%s); trying again later", e.getMessage());
            }
        }
    }

    /** Deletes the keys older than the retention; returns how many. */
    @Transactional
    public int purgeExpired() {
        return Panache.getEntityManager().createNativeQuery("delete from idempotency_record where created_at < ?1")
                .setParameter(1, clock.instant().minus(config.idempotencyRetention())).executeUpdate();
    }
}
