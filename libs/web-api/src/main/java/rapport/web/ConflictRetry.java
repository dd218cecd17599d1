package rapport.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/** The interceptor of {@link RetryOnConflict}: outside the transaction interceptor, so each attempt gets a new transaction. */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetry {

    static final int ATTEMPTS = 4;
    private static final Logger LOG = Logger.getLogger(ConflictRetry.class);
    /** PostgreSQL: serialization_failure, deadlock_detected, lock_not_available. */
    private static final Set<String> LOST_RACE = Set.of("40001", "40P01", "55P03");
    private static final Set<String> LOST_RACE_TYPES = Set.of("jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleObjectStateException", "org.hibernate.exception.LockAcquisitionException");

    @Inject
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        for (int attempt = 1;; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) { // a commit that failed arrives as a checked RollbackException
                if (attempt == ATTEMPTS || !lostARace(e)) {
                    throw e;
                }
                LOG.debugf("attempt %d of %s lost a race with another transaction; trying again", attempt,
                        invocation.getMethod().getName());
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << attempt));
            }
        }
    }

    /** Whether the failure is a transaction that lost a race with another: worth running again. */
    static boolean lostARace(Throwable e) {
        return Causes.anySqlState(e, LOST_RACE::contains)
                || Causes.any(e, t -> LOST_RACE_TYPES.contains(t.getClass().getName()));
    }
}
