package rapport.kpi.privacy;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.kpi.readmodel.ReadModelCustomer;

@Schema(description = "The customer as the KPIs know it: no name, e-mail address or phone, ever")
public record HeldCustomer(
        UUID customerId,
        String teamId,
        @Schema(examples = "EXTERNAL") String kind,
        @Schema(examples = "HIGH") String valueSegment,
        Instant registeredAt) {

    static HeldCustomer of(ReadModelCustomer c) {
        return new HeldCustomer(c.customerId, c.teamId, c.kind, c.valueSegment, c.registeredAt);
    }
}
