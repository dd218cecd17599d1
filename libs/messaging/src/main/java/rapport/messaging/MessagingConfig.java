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
}
