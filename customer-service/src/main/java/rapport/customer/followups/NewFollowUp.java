package rapport.customer.followups;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A promise to follow up with a customer")
public record NewFollowUp(
        @NotBlank @Size(max = 1000) @Schema(description = "What was promised (personal data: erased on request)",
                examples = "Call back with the courier's answer") String promise,
        @Size(max = 200) @Schema(description = "To whom, when not the customer themself (personal data)",
                examples = "Mrs Lovelace's daughter") String promisedTo,
        @NotNull @Schema(description = "When it must be kept; after promisedAt (may be in the past for a promise "
                + "recorded after the fact)", examples = "2026-11-25T17:00:00Z") Instant dueAt,
        @Schema(description = "When the promise was made; default now. May be in the past (promises are often "
                + "recorded later), not more than the clock-skew tolerance in the future",
                examples = "2026-11-23T09:41:07Z") Instant promisedAt,
        @Schema(description = "The contact in which it was promised (its case is recorded too)",
                examples = "6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d") UUID interactionId,
        @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "must be a user name: letters, digits, . _ @ -")
        @Schema(description = "Who must keep it; default: the caller", examples = "alice") String agent) {
}
