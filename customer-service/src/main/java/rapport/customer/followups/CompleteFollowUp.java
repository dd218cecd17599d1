package rapport.customer.followups;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The optional body of completing a promise: when it was kept, for a completion recorded after the fact. */
@Schema(description = "When the promise was kept (the whole body is optional)")
public record CompleteFollowUp(
        @Schema(description = "When it was kept; default now. Not before the promise was made, not more than the "
                + "clock-skew tolerance in the future", examples = "2026-11-24T16:20:00Z") Instant completedAt) {

    static final CompleteFollowUp NOW = new CompleteFollowUp(null);
}
