package rapport.customer.complaints;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A complaint-handling step taken on a complaint case")
public record NewComplaintStep(
        @NotNull @Schema(examples = "APOLOGISE") ComplaintStep step,
        @Schema(description = "When the step was taken; default now. Not more than the clock-skew tolerance in the future",
                examples = "2026-11-23T09:35:00Z") Instant at,
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a user name: letters, digits, . _ @ -")
        @Schema(description = "Who took the step; default: the caller", examples = "alice") String agent) {
}
