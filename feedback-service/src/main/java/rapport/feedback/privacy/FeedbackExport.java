package rapport.feedback.privacy;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.feedback.invitation.InvitationView;
import rapport.feedback.invitation.ResolutionView;
import rapport.feedback.invitation.UnsentMail;
import rapport.feedback.response.ResponseView;

@Schema(description = "Everything feedback-service holds about one customer (subject access request); never a "
        + "survey link or its token")
public record FeedbackExport(
        Instant exportedAt,
        HeldCustomer customer,
        List<ResolutionView> caseResolutions,
        List<InvitationView> invitations,
        List<UnsentMail> unsentMails,
        List<ResponseView> responses,
        List<ErasureRecord> erasures) {
}
