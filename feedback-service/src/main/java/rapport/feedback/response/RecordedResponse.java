package rapport.feedback.response;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.feedback.common.Channel;

@Schema(description = "Feedback a team member collected (paper form, phone survey, in person, ...)")
public record RecordedResponse(
        @NotNull @Schema(description = "How it was collected; SURVEY_LINK is reserved for the answer page",
                examples = "PAPER") Source source,
        @Schema(description = "When the customer gave it (default now); may be in the past, not in the future",
                examples = "2026-11-20T15:30:00Z") Instant submittedAt,
        @Schema(description = "The customer, if known (a customer of this team)",
                examples = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b") UUID customerId,
        @Schema(description = "The invitation this answers, by id", examples = "0b9d7f3a-1c2e-4d5f-8a6b-7c8d9e0f1a2b")
        UUID invitationId,
        @Schema(description = "The invitation this answers, by the token of its link (e.g. printed on a paper form)",
                examples = "q3Jx0f8mYb2c9kKp4Zr1Tn6Wv5Ue7Hs3Ld0Ga8Bi2Mo") String invitationToken,
        @Schema(description = "The case it is about; default: the invitation's", examples = "6a1d0c4e-2b7f-4c1a-8e3d-9f0a1b2c3d4e")
        UUID caseId,
        @Size(min = 1, max = 100) @Schema(description = "Team member it is about; default: the invitation's",
                examples = "alice") String agent,
        @Schema(description = "Channel of the contact it is about; default: the invitation's", examples = "PHONE")
        Channel channel,
        @NotNull @Valid Answers answers) {
}
