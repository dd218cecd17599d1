package rapport.feedback.privacy;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.feedback.directory.DirectoryEntry;

@Schema(description = "The customer's directory entry, kept from customer-service's events (its e-mail address is "
        + "shown here only, in the customer's own export)")
public record HeldCustomer(
        UUID customerId,
        String teamId,
        @Schema(examples = "Ada Lovelace") String displayName,
        @Schema(description = "Where invitations are mailed", examples = "ada@example.org") String email,
        @Schema(examples = "EXTERNAL") String kind,
        boolean surveyConsent,
        boolean erased,
        Instant registeredAt) {

    static HeldCustomer of(DirectoryEntry entry) {
        return new HeldCustomer(entry.customerId(), entry.teamId(), entry.displayName(), entry.email(), entry.kind(),
                entry.surveyConsent(), entry.erased(), entry.registeredAt());
    }
}
