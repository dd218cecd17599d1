package rapport.kpi.rebuild;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
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
