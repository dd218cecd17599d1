package rapport.kpi.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import rapport.kpi.readmodel.ReadModelUpdater;
import rapport.messaging.inbox.EventConsumer;
import rapport.messaging.inbox.ReplayRefusedException;
import rapport.messaging.inbox.ReplayRequest;
import rapport.web.ProblemException;

/**
 * Rebuilds the read model: clears it and replays both topics from their first record. Settings and
 * improvement actions are kpi-service's own data and stay as they are.
 */
@ApplicationScoped
public class RebuildService {

    private static final Duration START_DECISION = Duration.ofSeconds(10);

    @Inject
    EventConsumer consumer;

    @Inject
    ReadModelUpdater readModel;

    @Inject
    TopicRetention retention;

    /** @throws ProblemException 409 when a consumed topic may have dropped events: the rebuilt KPIs would miss them */
    public RebuildStatus start() {
        List<String> limited = retention.limited();
        if (!limited.isEmpty()) {
            throw ProblemException.conflict("history-incomplete", "Rebuild would lose history",
                    "the event topics must keep every event (retention.ms=-1, retention.bytes=-1) for a rebuild to "
                            + "be complete, but " + String.join("; ", limited) + "; the read model is left as it is",
                    Map.of("topics", limited));
        }
        ReplayRequest request;
        try {
            request = consumer.replayFromStart(readModel::clear);
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("rebuild-running", "Rebuild already running", e.getMessage(),
                    Map.of("statusUrl", RebuildResource.PATH));
        }
        awaitStart(request);
        return status();
    }

    /**
     * The consumer thread decides at its next poll whether the replay may start: with a second instance in the
     * consumer group it is refused before anything is cleared (docs/reliability.md, "Two instances of each service").
     */
    private static void awaitStart(ReplayRequest request) {
        try {
            request.started().get(START_DECISION.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ReplayRefusedException refused) {
                throw ProblemException.conflict("rebuild-needs-one-instance", "Rebuild needs a single instance",
                        refused.getMessage(), Map.of());
            }
            throw new IllegalStateException("the rebuild did not start: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            // the consumer is still applying a poll: the rebuild starts after it, the status says when
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public RebuildStatus status() {
        return RebuildStatus.of(consumer.replayProgress());
    }
}
