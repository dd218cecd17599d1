package rapport.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "rapport.messaging")
public interface MessagingConfig {

    /** CloudEvents {@code source} of the events this service publishes, e.g. {@code /rapport/customer-service}. */
    String source();

    /** Partitions of the topics this service creates when they are missing. */
    @WithDefault("3")
    int topicPartitions();

    Outbox outbox();

    Consumer consumer();

    DataKeys dataKeys();

    interface Outbox {
        /** Whether the relay publishes pending outbox rows. Services that publish nothing leave it off. */
        @WithDefault("false")
        boolean enabled();

        /** How often the relay looks for rows when nothing woke it up. */
        @WithDefault("500ms")
        Duration pollInterval();

        /**
         * Shortest time between two relay passes. Commits wake the relay; under load this gathers the
         * events of many commits into one pass (one query, one flush) instead of one pass per commit.
         */
        @WithDefault("20ms")
        Duration minPassInterval();

        @WithDefault("500")
        int batchSize();

        /** Sent rows are kept this long (for inspection), then deleted. */
        @WithDefault("P7D")
        Duration retention();

        /** Longest wait between attempts while the broker is unreachable. */
        @WithDefault("30s")
        Duration maxBackoff();
    }

    interface Consumer {
        /** Topics to consume; empty means this service consumes nothing. */
        Optional<List<String>> topics();

        /** Consumer group; also names the dead-letter topic {@code rapport.dlq.<group>}. */
        Optional<String> groupId();

        /** Attempts for an event that fails with a non-transient error before it goes to the dead-letter topic. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("30s")
        Duration maxBackoff();
    }

    /** The data keys of personal-data fields (docs/erasure.md, "Key lifecycle"). */
    interface DataKeys {
        /** Whether this service holds data keys: its own (it protects fields) or copies (it reads them). */
        @WithDefault("false")
        boolean enabled();

        /** Whether it keeps a copy of every key published on {@code rapport.data-keys}. */
        @WithDefault("false")
        boolean consume();

        /**
         * Topic setting when this service creates {@code rapport.data-keys}: the longest time a key's old value
         * stays ineligible for compaction after a tombstone replaced it ({@code max.compaction.lag.ms}, also
         * {@code segment.ms}, so that the segment holding it is rolled on the partition's next write).
         */
        @WithDefault("1H")
        Duration maxCompactionLag();

        /** How long a tombstone itself stays on the topic for consumers that are behind ({@code delete.retention.ms}). */
        @WithDefault("1H")
        Duration tombstoneRetention();
    }
}
