package rapport.customer.customers;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.customer.common.Channel;

@Schema(description = "A customer's details, to register a customer or replace its details")
public record CustomerDetails(
        @NotBlank @Size(max = 200) @Schema(examples = "Ada Lovelace") String displayName,
        @Email @Size(max = 254) @Schema(examples = "ada@example.org") String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "must be a phone number: digits, spaces, ()-, optional leading +")
        @Schema(examples = "+44 20 7946 0958") String phone,
        @NotNull @Schema(description = "EXTERNAL customers buy from the business; INTERNAL ones are colleagues")
        CustomerKind kind,
        ValueSegment valueSegment,
        Channel preferredChannel,
        @Size(max = 2000) @Schema(description = "Needs and notes (personal data: erased on request)",
                examples = "Prefers morning calls; hard of hearing") String needs,
        @NotNull @Schema(description = "Whether the customer agreed to receive surveys") Boolean surveyConsent) {
}
