package rapport.customer.interactions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why an interaction is voided (it stays on record, out of every KPI)")
public record VoidRequest(
        @NotBlank @Size(max = 500) @Schema(examples = "Logged against the wrong customer") String reason) {
}
