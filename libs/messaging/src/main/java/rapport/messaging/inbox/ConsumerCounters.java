package rapport.messaging.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The consumer's meters: events by outcome ({@code rapport.consumer.events}) and polls applied in one transaction. */
record ConsumerCounters(Counter applied, Counter duplicates, Counter deadLettered, Counter skipped, Counter batches) {

    static ConsumerCounters register(MeterRegistry registry) {
        return new ConsumerCounters(
                registry.counter("rapport.consumer.events", "outcome", "applied"),
                registry.counter("rapport.consumer.events", "outcome", "duplicate"),
                registry.counter("rapport.consumer.events", "outcome", "dead-lettered"),
                registry.counter("rapport.consumer.events", "outcome", "skipped"),
                registry.counter("rapport.consumer.batches"));
    }
}
