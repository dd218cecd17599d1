package rapport.kpi.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kpi-service holds about one customer (subject access request): the rows of its read "
        + "model by table, the survey responses with their comments, and the erasures applied")
public record KpiExport(
        Instant exportedAt,
        @Schema(description = "Null when only the customer's erasure has reached kpi-service") HeldCustomer customer,
        @Schema(description = "When the customer was erased (null if not)") Instant erasedAt,
        @Schema(description = "How many rows about the customer each kind of fact has (the facts themselves are "
                + "customer-service's and feedback-service's, in their exports)",
                examples = "{\"interactions\": 4, \"voidedInteractions\": 1, \"cases\": 3, \"complaintSteps\": 0, "
                        + "\"promises\": 1, \"invitations\": 2, \"responses\": 1, \"names\": 1}")
        Map<String, Long> rows,
        List<HeldResponse> responses,
        List<ErasureRecord> erasures) {
}
