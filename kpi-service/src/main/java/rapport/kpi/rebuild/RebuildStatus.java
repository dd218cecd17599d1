package rapport.kpi.rebuild;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.messaging.inbox.ReplayProgress;

@Schema(description = "Where the read model rebuild stands")
public record RebuildStatus(
        @Schema(examples = "RUNNING") ReplayProgress.State state,
        Instant startedAt,
        Instant finishedAt,
        @Schema(description = "Records on the topics when the rebuild started", examples = "120000") long total,
        @Schema(description = "Records applied so far", examples = "48000") long processed,
        @Schema(examples = "40.0") double percent,
        @Schema(examples = "950.5") double eventsPerSecond,
        @Schema(examples = "/api/admin/rebuild") String statusUrl) {

    static RebuildStatus of(ReplayProgress progress) {
        return new RebuildStatus(progress.state(), progress.startedAt(), progress.finishedAt(), progress.total(),
                progress.processed(), progress.percent(), progress.recordsPerSecond(), RebuildResource.PATH);
    }
}
