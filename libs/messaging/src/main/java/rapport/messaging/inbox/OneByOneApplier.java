package rapport.messaging.inbox;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import rapport.events.CloudEvent;

/**
 * The careful path: one event per transaction ({@link AppliedInTransaction}). A failure is handled as the
 * {@link RetryPolicy} says; an event that cannot be applied goes to the dead-letter topic, its id recorded as
 * dead-lettered, so that the events behind it still flow.
 */
record OneByOneApplier(HandledEvents events, AppliedInTransaction transaction, RetryPolicy policy,
        DeadLetters deadLetters, ConsumerCounters counters) {

    enum Result { DONE, RETRY_LATER }

    private static final Logger LOG = Logger.getLogger(OneByOneApplier.class);

    /** {@link Result#RETRY_LATER} when the record must come again (the caller rewinds its partition to it). */
    Result apply(ConsumerRecord<String, String> record) throws InterruptedException {
        CloudEvent event;
        try {
            event = events.decode(record);
        } catch (Exception e) {
            return deadLetter(record, null, new UnprocessableEventException("not a CloudEvent: " + e.getMessage(), e));
        }
        if (!events.handles(event)) {
            counters.skipped().increment();
            return Result.DONE;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                boolean fresh = transaction.apply(List.of(event)) == 1;
                (fresh ? counters.applied() : counters.duplicates()).increment();
                return Result.DONE;
            } catch (Exception e) {
                switch (policy.after(e, attempt)) {
                    case RETRY_LATER -> {
                        LOG.warnf("Event %s (%s) failed transiently, will retry: %s", event.id(), event.type(),
                                Failures.describe(e));
                        return Result.RETRY_LATER;
                    }
                    case DEAD_LETTER -> {
                        return deadLetter(record, event, e);
                    }
                    case RETRY_NOW -> Thread.sleep(policy.pauseAfter(attempt));
                }
            }
        }
    }

    private Result deadLetter(ConsumerRecord<String, String> record, CloudEvent event, Throwable error)
            throws InterruptedException {
        try {
            deadLetters.send(record, error);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            LOG.warnf("Could not write to %s (%s); will retry %s-%d@%d", deadLetters.topic(), e.getMessage(),
                    record.topic(), record.partition(), record.offset());
            return Result.RETRY_LATER;
        }
        LOG.errorf("Event at %s-%d@%d sent to %s: %s", record.topic(), record.partition(), record.offset(),
                deadLetters.topic(), Failures.describe(error));
        counters.deadLettered().increment();
        if (event != null) {
            try {
                transaction.recordDeadLettered(event);
            } catch (Exception e) {
                LOG.warnf("Could not record dead-lettered event %s: %s", event.id(), e.getMessage());
            }
        }
        return Result.DONE;
    }
}
