package rapport.feedback.invitation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.feedback.common.Channel;

@Schema(description = "A survey invitation a team member creates by hand")
public record NewInvitation(
        @NotNull @Schema(description = "A customer of the team", examples = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")
        UUID customerId,
        @Schema(description = "The case the survey is about, if any", examples = "6a1d0c4e-2b7f-4c1a-8e3d-9f0a1b2c3d4e")
        UUID caseId,
        @Size(min = 1, max = 100)
        @Schema(description = "Team member the survey is about; default: the case's resolving agent, else you",
                examples = "alice")
        String agent,
        @Schema(description = "Channel of the contact; default: the case's resolving contact's", examples = "PHONE")
        Channel channel,
        @Schema(description = "E-mail the link when mail is on and the customer has an address and agreed to "
                + "surveys (default true); otherwise the link is only returned", examples = "true")
        Boolean sendEmail) {
}
