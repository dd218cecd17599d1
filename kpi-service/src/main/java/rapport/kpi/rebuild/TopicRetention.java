package rapport.kpi.rebuild;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.jboss.logging.Logger;
import rapport.messaging.KafkaClients;
import rapport.messaging.MessagingConfig;

/**
 * A rebuild replays the topics kpi-service consumes from their first record: it is complete only when
 * those topics keep every event ({@code retention.ms=-1} and {@code retention.bytes=-1}, as the services
 * create them; see deploy/README.md). Checked at start (a warning in the log) and before every rebuild.
 */
@ApplicationScoped
public class TopicRetention {

    private static final Logger LOG = Logger.getLogger(TopicRetention.class);
    private static final long TIMEOUT_SECONDS = 10;
    private static final List<String> LIMITS = List.of("retention.ms", "retention.bytes");

    @Inject
    KafkaClients clients;

    @Inject
    MessagingConfig config;

    private Admin admin;

    void check(@Observes StartupEvent event) {
        try {
            List<String> limited = limited();
            if (!limited.isEmpty()) {
                LOG.warnf("A rebuild would lose history, so it is refused until these topics keep every event: %s",
                        String.join("; ", limited));
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not check the retention of the event topics (%s); every rebuild checks it again",
                    e.getMessage());
        }
    }

    /** The consumed topics that may have dropped events, each with the limit that drops them. */
    public List<String> limited() {
        List<ConfigResource> topics = config.consumer().topics().orElse(List.of()).stream()
                .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
        try {
            Map<ConfigResource, Config> configs = admin().describeConfigs(topics).all()
                    .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            List<String> limited = new ArrayList<>();
            for (ConfigResource topic : topics) {
                for (String limit : LIMITS) {
                    var entry = configs.get(topic).get(limit);
                    if (entry != null && !"-1".equals(entry.value())) {
                        limited.add(topic.name() + " has " + limit + "=" + entry.value());
                    }
                }
            }
            return limited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading topic configurations", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not read the topics' configurations: " + e.getMessage(), e);
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(clients.adminConfig());
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close();
        }
    }
}
