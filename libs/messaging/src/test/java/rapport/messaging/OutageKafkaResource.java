package rapport.messaging;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import rapport.testing.ProxiedKafka;

/** Points the application at a private broker behind a proxy the test can cut; injects it into the test. */
public class OutageKafkaResource implements QuarkusTestResourceLifecycleManager {

    private ProxiedKafka kafka;

    @Override
    public Map<String, String> start() {
        kafka = ProxiedKafka.start();
        return Map.of(
                "kafka.bootstrap.servers", kafka.bootstrapServers(),
                "rapport.messaging.outbox.max-backoff", "2s",
                "rapport.messaging.consumer.max-backoff", "2s");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(kafka, new TestInjector.MatchesType(ProxiedKafka.class));
    }

    /** Starts after the global resource so that its broker address wins. */
    @Override
    public int order() {
        return 100;
    }

    @Override
    public void stop() {
        try {
            kafka.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
