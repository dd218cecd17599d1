package rapport.kpi.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import rapport.kpi.readmodel.ReadModelUpdater;
import rapport.messaging.inbox.EventConsumer;
import rapport.web.ProblemException;

/**
 * Rebuilds the read model: clears it and replays both topics from their first record. Settings and
 * improvement actions are kpi-service's own data and stay as they are.
 */
@ApplicationScoped
public class RebuildService {

    @Inject
    EventConsumer consumer;

    @Inject
    ReadModelUpdater readModel;

    public RebuildStatus start() {
        try {
            consumer.replayFromStart(readModel::clear);
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("rebuild-running", "Rebuild already running", e.getMessage(),
                    Map.of("statusUrl", RebuildResource.PATH));
        }
        return status();
    }

    public RebuildStatus status() {
        return RebuildStatus.of(consumer.replayProgress());
    }
}
