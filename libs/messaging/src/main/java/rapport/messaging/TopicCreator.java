package rapport.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import rapport.events.Topics;

/** Creates the topics a service uses when they are missing, so nothing depends on broker auto-creation. */
@ApplicationScoped
public class TopicCreator {

    @Inject
    KafkaClients clients;

    @Inject
    MessagingConfig config;

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** Creates the missing topics among {@code topics}; throws when the broker cannot be reached. */
    public void ensure(Collection<String> topics) throws InterruptedException, TimeoutException, ExecutionException {
        List<String> missing = topics.stream().filter(t -> !known.contains(t)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        try (Admin admin = Admin.create(clients.adminConfig())) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> toCreate = missing.stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, Optional.of(config.topicPartitions()), Optional.empty())
                            .configs(configOf(t)))
                    .toList();
            for (var entry : admin.createTopics(toCreate).values().entrySet()) {
                try {
                    entry.getValue().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
        known.addAll(missing);
    }

    /**
     * Event topics are the source of truth a consumer rebuilds its state from (a replay from the
     * start), so they keep every event; dead letters are kept for a month for someone to look at; the data keys
     * are compacted, so that a shredded key's old value leaves the log within a bounded time (docs/erasure.md).
     */
    Map<String, String> configOf(String topic) {
        if (topic.equals(Topics.DATA_KEYS)) {
            String lag = Long.toString(config.dataKeys().maxCompactionLag().toMillis());
            return Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                    TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0",
                    TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, lag,
                    TopicConfig.SEGMENT_MS_CONFIG, lag,
                    TopicConfig.DELETE_RETENTION_MS_CONFIG,
                    Long.toString(config.dataKeys().tombstoneRetention().toMillis()));
        }
        if (topic.startsWith(Topics.deadLetter(""))) {
            return Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(Duration.ofDays(30).toMillis()));
        }
        return Map.of(TopicConfig.RETENTION_MS_CONFIG, "-1", TopicConfig.RETENTION_BYTES_CONFIG, "-1");
    }
}
