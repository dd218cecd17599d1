package rapport.feedback.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import rapport.feedback.directory.CustomerDirectory;
import rapport.feedback.invitation.InvitationService;
import rapport.feedback.invitation.MailOutbox;
import rapport.feedback.response.ResponseService;
import rapport.web.ProblemException;

/** What feedback-service holds about a customer, and how it erased it (docs/feedback-service.md, "Personal data"). */
@ApplicationScoped
public class SubjectAccess {

    @Inject
    CustomerDirectory directory;

    @Inject
    InvitationService invitations;

    @Inject
    MailOutbox mails;

    @Inject
    ResponseService responses;

    @Inject
    ErasureAudits erasures;

    @Inject
    Clock clock;

    /** 404 for a customer this team's directory does not know (an erased one it does: as a tombstone). */
    public FeedbackExport export(String teamId, UUID customerId) {
        HeldCustomer customer = HeldCustomer.of(directory.get(teamId, customerId));
        return new FeedbackExport(clock.instant(), customer, invitations.resolutionsOf(teamId, customerId),
                invitations.ofCustomer(teamId, customerId), mails.unsentTo(customerId),
                responses.ofCustomer(teamId, customerId), erasures.of(teamId, customerId));
    }

    /** The first erasure applied to the customer; 404 when there is none. */
    public ErasureRecord erasure(String teamId, UUID customerId) {
        return erasures.of(teamId, customerId).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("erasure of customer", customerId));
    }
}
