package rapport.messaging;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness follows the broker: DOWN when no broker answers within a few seconds. (Quarkus's own
 * Kafka check waits for the admin client's default minute, longer than any probe would.) The answer is
 * public ({@code /q/health} needs no login), so it says how many brokers answered, never where they are;
 * why it is DOWN goes to the log.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(KafkaReadiness.class);
    private static final int TIMEOUT_MS = 3_000;

    @Inject
    KafkaClients clients;

    private Admin admin;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Kafka");
        try {
            Collection<Node> nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS)).nodes()
                    .get(TIMEOUT_MS + 1_000L, TimeUnit.MILLISECONDS);
            return response.up().withData("brokers", nodes.size()).build();
        } catch (Exception e) {
            LOG.warnf("Kafka readiness DOWN: %s", e.getMessage());
            return response.down().withData("reason", "no broker answered within " + TIMEOUT_MS + " ms").build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Map<String, Object> config = clients.adminConfig();
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS);
            admin = Admin.create(config);
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
