package rapport.messaging.inbox;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.jboss.logging.Logger;
import rapport.events.CloudEvent;

/**
 * The fast path: every event of a poll in one transaction (one commit instead of one per event), in partition
 * order, each id recorded with its effect. If anything fails, nothing of it stays and the consumer applies the
 * events one by one instead ({@link OneByOneApplier}), where failures are told apart and a bad event is isolated.
 */
record BatchApplier(HandledEvents events, AppliedInTransaction transaction, ConsumerCounters counters) {

    private static final Logger LOG = Logger.getLogger(BatchApplier.class);

    /** Returns whether every record was applied (or skipped or a duplicate); false leaves nothing behind. */
    boolean applyAll(ConsumerRecords<String, String> records) {
        List<CloudEvent> batch = new ArrayList<>(records.count());
        try {
            for (ConsumerRecord<String, String> record : records) {
                batch.add(events.decode(record));
            }
        } catch (Exception e) {
            return false;
        }
        int polled = batch.size();
        batch.removeIf(event -> !events.handles(event));
        counters.skipped().increment(polled - batch.size());
        if (batch.isEmpty()) {
            return true;
        }
        try {
            int fresh = transaction.apply(batch);
            counters.applied().increment(fresh);
            counters.duplicates().increment(batch.size() - fresh);
            counters.batches().increment();
            return true;
        } catch (Exception e) {
            LOG.debugf("A batch of %d events failed (%s); applying them one by one", batch.size(), e.getMessage());
            return false;
        }
    }
}
