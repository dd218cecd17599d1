package rapport.customer.complaints;

import java.time.Instant;
import java.util.UUID;

public record ComplaintStepView(UUID id, UUID caseId, ComplaintStep step, String agent, Instant at, Instant recordedAt) {

    public static ComplaintStepView of(ComplaintStepRecord r) {
        return new ComplaintStepView(r.id, r.caseId, r.step, r.agent, r.takenAt, r.recordedAt);
    }
}
