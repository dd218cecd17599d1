package rapport.feedback.invitation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import rapport.feedback.directory.DirectoryEntry;

/**
 * Survey mails leave after the transaction that decided them commits, once: the transaction writes a
 * row here (with the invitation), and a relay thread sends the rows that are due, deleting each sent
 * one. A transaction that rolls back (a consumer batch applied again one event at a time, a failed
 * request) leaves no row, so nothing is sent twice; an unreachable SMTP server delays the mail (retried
 * with a growing pause until the link expires) but never the consumer or the request that queued it.
 * A crash between the SMTP server's acceptance and the row's deletion sends that mail again (at least
 * once, as every outbox): see docs/feedback-service.md.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);
    private static final Duration POLL = Duration.ofSeconds(5);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final int BATCH = 20;

    @Inject
    EntityManager em;

    @Inject
    InvitationMailer mailer;

    @Inject
    Clock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Semaphore wake = new Semaphore(0);
    private volatile Thread relay;

    /** Queues the invitation's mail in the caller's transaction: it goes out once that commits. */
    @Transactional(Transactional.TxType.MANDATORY)
    void queue(Invitation invitation, DirectoryEntry customer, String link) {
        InvitationMailer.Message message = mailer.compose(customer, link, invitation.expiresAt);
        Instant now = clock.instant();
        em.createNativeQuery("""
                insert into mail_outbox (id, invitation_id, customer_id, recipient, subject, text_body, html_body,
                                         created_at, next_attempt_at, expires_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, invitation.id)
                .setParameter(3, invitation.customerId).setParameter(4, message.to())
                .setParameter(5, message.subject()).setParameter(6, message.text()).setParameter(7, message.html())
                .setParameter(8, Timestamp.from(now)).setParameter(9, Timestamp.from(invitation.expiresAt))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeOnCommit(wake));
    }

    /** Forgets the unsent mails to a customer (on erasure: they hold the address and a link). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID customerId) {
        em.createNativeQuery("delete from mail_outbox where customer_id = ?1").setParameter(1, customerId)
                .executeUpdate();
    }

    /**
     * The survey mails to a customer that have not left yet (subject access): who they go to and when, never their
     * bodies, which hold the survey link (a credential).
     */
    public List<UnsentMail> unsentTo(UUID customerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select invitation_id, recipient, created_at, next_attempt_at, expires_at, attempts from mail_outbox
                where customer_id = ?1 order by created_at, id""").setParameter(1, customerId).getResultList();
        return rows.stream().map(row -> new UnsentMail((UUID) row[0], (String) row[1], instant(row[2]),
                instant(row[3]), instant(row[4]), ((Number) row[5]).intValue())).toList();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("not a time: " + value.getClass());
        };
    }

    void start(@Observes StartupEvent event) {
        relay = Thread.ofVirtual().name("mail-outbox").start(this::run);
    }

    void stop(@Observes ShutdownEvent event) {
        if (relay != null) {
            relay.interrupt();
        }
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                wake.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS);
                wake.drainPermits();
                while (sendDue() == BATCH) {
                    // a full batch: there may be more due
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("could not send queued survey mails (%s); trying again shortly", e.getMessage());
            }
        }
    }

    /** Sends the mails that are due, each in turn; returns how many were due. */
    public int sendDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            @SuppressWarnings("unchecked")
            List<Object[]> due = em.createNativeQuery("""
                    select id, recipient, subject, text_body, html_body, attempts, expires_at <= ?1 from mail_outbox
                    where next_attempt_at <= ?1 order by created_at limit ?2 for update skip locked""")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, BATCH).getResultList();
            for (Object[] row : due) {
                deliver(row, now);
            }
            return due.size();
        });
    }

    private void deliver(Object[] row, Instant now) {
        UUID id = (UUID) row[0];
        if (Boolean.TRUE.equals(row[6])) {
            LOG.warnf("gave up on survey mail %s: its link expired before the SMTP server took it", id);
            em.createNativeQuery("delete from mail_outbox where id = ?1").setParameter(1, id).executeUpdate();
            return;
        }
        try {
            mailer.send(new InvitationMailer.Message((String) row[1], (String) row[2], (String) row[3],
                    (String) row[4]));
            em.createNativeQuery("delete from mail_outbox where id = ?1").setParameter(1, id).executeUpdate();
        } catch (RuntimeException e) {
            int attempts = ((Number) row[5]).intValue() + 1;
            Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
            Instant next = now.plus(pause.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : pause);
            LOG.warnf("could not send survey mail %s (attempt %d: %s); next attempt at %s", id, attempts,
                    e.getMessage(), next);
            em.createNativeQuery("""
                    update mail_outbox set attempts = ?1, next_attempt_at = ?2, last_error = ?3 where id = ?4""")
                    .setParameter(1, attempts).setParameter(2, Timestamp.from(next))
                    .setParameter(3, abbreviated(String.valueOf(e.getMessage())))
                    .setParameter(4, id).executeUpdate();
        }
    }

    private static String abbreviated(String error) {
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }

    private record WakeOnCommit(Semaphore wake) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                wake.release();
            }
        }
    }
}
