package rapport.messaging.inbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * Replays of the consumed topics from their first record. Requests come from any thread; the
 * consumer thread starts and finishes them, so the Kafka consumer is only ever touched by it.
 */
final class Replays {

    private static final Logger LOG = Logger.getLogger(Replays.class);

    private final AtomicReference<Replay> requested = new AtomicReference<>();
    private volatile Replay running;
    private volatile ReplayProgress last = ReplayProgress.NEVER_RUN;
    /** Positions during a replay, published by the consumer thread for progress reports. */
    private final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();

    private static final class Replay {
        final Runnable clear;
        final CompletableFuture<Void> started = new CompletableFuture<>();
        final CompletableFuture<ReplayProgress> done = new CompletableFuture<>();
        Instant startedAt;
        Map<TopicPartition, Long> start = Map.of();
        Map<TopicPartition, Long> end = Map.of();
        long total;

        Replay(Runnable clear) {
            this.clear = clear;
        }
    }

    ReplayRequest request(Runnable clear) {
        Replay replay = new Replay(clear);
        if (running != null || !requested.compareAndSet(null, replay)) {
            throw new IllegalStateException("a replay is already running");
        }
        return new ReplayRequest(replay.started, replay.done);
    }

    ReplayProgress progress() {
        Replay current = running;
        if (current == null) {
            return requested.get() == null ? last
                    : new ReplayProgress(ReplayProgress.State.RUNNING, Instant.now(), null, 0, 0);
        }
        long processed = 0;
        for (var end : current.end.entrySet()) {
            long start = current.start.get(end.getKey());
            long position = positions.getOrDefault(end.getKey(), start);
            processed += Math.max(0, Math.min(position, end.getValue()) - start);
        }
        return new ReplayProgress(ReplayProgress.State.RUNNING, current.startedAt, null, current.total, processed);
    }

    /**
     * On the consumer thread: rewinds every partition, then clears state (via {@code clearInTransaction}). The
     * rewind is committed first so that no crash loses history: a process killed after the rewind and before the
     * clear comes back to the old state and consumes every record again as a duplicate; one killed after the clear
     * resumes the replay from its committed offsets. In the other order a kill between the two would leave an
     * empty state with offsets at the end (docs/reliability.md, "Faults").
     */
    void startIfRequested(KafkaConsumer<String, String> consumer, Consumer<Runnable> clearInTransaction) {
        Replay replay = requested.get();
        if (replay == null) {
            return;
        }
        Set<TopicPartition> assigned = consumer.assignment();
        if (assigned.isEmpty()) {
            consumer.poll(Duration.ofMillis(100)); // join the group first; whatever it returns is read again below
            assigned = consumer.assignment();
            if (assigned.isEmpty()) {
                return;
            }
        }
        Set<TopicPartition> missing = notAssigned(consumer, assigned);
        if (!missing.isEmpty()) {
            refuse(replay, "another instance of this service shares its consumer group and holds " + missing
                    + ": a rebuild rewinds only the partitions of the instance that runs it, so it needs a single "
                    + "instance (scale to one, rebuild, scale back)");
            return;
        }
        Map<TopicPartition, Long> start = consumer.beginningOffsets(assigned);
        Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
        consumer.seekToBeginning(assigned);
        Map<TopicPartition, OffsetAndMetadata> rewind = new HashMap<>();
        start.forEach((partition, offset) -> rewind.put(partition, new OffsetAndMetadata(offset)));
        consumer.commitSync(rewind);
        clearInTransaction.accept(replay.clear);
        replay.startedAt = Instant.now();
        replay.start = start;
        replay.end = end;
        replay.total = end.entrySet().stream().mapToLong(e -> e.getValue() - start.get(e.getKey())).sum();
        positions.clear();
        positions.putAll(start);
        running = replay;
        requested.set(null);
        replay.started.complete(null);
        LOG.infof("Replaying %d record(s) from the start", replay.total);
    }

    /**
     * The partitions of the subscribed topics this consumer was not given. Checked before anything is rewound or
     * cleared: the state is shared by every instance, the rewind is per partition, so a replay by one of two
     * instances would clear what the other's partitions had applied and never apply it again.
     */
    private static Set<TopicPartition> notAssigned(KafkaConsumer<String, String> consumer,
            Set<TopicPartition> assigned) {
        Set<TopicPartition> missing = new TreeSet<>(Comparator.comparing(TopicPartition::toString));
        for (String topic : consumer.subscription()) {
            for (PartitionInfo partition : consumer.partitionsFor(topic)) {
                TopicPartition each = new TopicPartition(partition.topic(), partition.partition());
                if (!assigned.contains(each)) {
                    missing.add(each);
                }
            }
        }
        return missing;
    }

    private void refuse(Replay replay, String why) {
        Instant now = Instant.now();
        last = new ReplayProgress(ReplayProgress.State.REFUSED, now, now, 0, 0);
        requested.set(null);
        LOG.warnf("Replay refused: %s", why);
        ReplayRefusedException refused = new ReplayRefusedException(why);
        replay.started.completeExceptionally(refused);
        replay.done.completeExceptionally(refused);
    }

    /** On the consumer thread, after each poll: completes the replay once every partition reached its end. */
    void finishIfCaughtUp(KafkaConsumer<String, String> consumer) {
        Replay current = running;
        if (current == null) {
            return;
        }
        boolean caughtUp = true;
        for (var end : current.end.entrySet()) {
            if (consumer.assignment().contains(end.getKey())) {
                long position = consumer.position(end.getKey());
                positions.put(end.getKey(), position);
                caughtUp &= position >= end.getValue();
            }
        }
        if (caughtUp) {
            ReplayProgress finished = new ReplayProgress(ReplayProgress.State.FINISHED, current.startedAt, Instant.now(),
                    current.total, current.total);
            last = finished;
            running = null;
            LOG.infof("Replay finished: %d record(s) in %s", finished.total(),
                    Duration.between(finished.startedAt(), finished.finishedAt()));
            current.done.complete(finished);
        }
    }
}
