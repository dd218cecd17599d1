package rapport.customer.interactions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.customer.common.Channel;

@Schema(description = "A contact to log. Naming no case opens a new one.")
public record NewInteraction(
        @Schema(description = "The case this contact belongs to; omit it to open a new case",
                examples = "9d1c2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f") UUID caseId,
        @NotNull @Schema(description = "When the contact happened; may be in the past, not more than the clock-skew "
                + "tolerance (default 5 minutes) in the future", examples = "2026-11-23T09:30:00Z") Instant occurredAt,
        @NotNull Channel channel,
        @NotNull @Schema(description = "INBOUND: the customer got in touch; OUTBOUND: the team did") Direction direction,
        @NotNull Category category,
        @NotNull Outcome outcome,
        @NotBlank @Size(max = 4000) @Schema(description = "What happened (personal data: erased on request)",
                examples = "Parcel not delivered; rebooked delivery for Friday") String summary,
        @Min(0) @Max(1440) @Schema(description = "Handling time in minutes", examples = "12") Integer durationMinutes,
        @Size(max = 9) @Schema(description = "Communication techniques used",
                examples = "[\"ACTIVE_LISTENING\", \"EMPATHY\"]") List<@NotNull Technique> techniques,
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a user name: letters, digits, . _ @ -")
        @Schema(description = "User name of the team member who handled it; default: the caller",
                examples = "alice") String agent) {
}
