package rapport.feedback.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rapport.events.customer.CustomerErased;
import rapport.feedback.directory.DirectoryCustomer;
import rapport.feedback.invitation.Invitation;
import rapport.feedback.invitation.MailOutbox;
import rapport.feedback.response.SurveyResponse;

/**
 * The erasure audit (docs/feedback-service.md, "Erasure"): one row per customer.erased event, written in the
 * transaction that applies it, so it exists exactly when the erasure does; it outlives the erased data.
 */
@ApplicationScoped
public class ErasureAudits {

    @Inject
    MailOutbox mails;

    @Inject
    Clock clock;

    /**
     * Records the erasure {@code eventId} announces. Called before the erasure in the same transaction: it counts
     * what is about to go (the row commits or rolls back with it). An event recorded already is left as it was.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID eventId, CustomerErased event) {
        if (ErasureAudit.findByIdOptional(eventId).isPresent()) {
            return;
        }
        ErasureAudit audit = new ErasureAudit();
        audit.eventId = eventId;
        audit.teamId = event.teamId();
        audit.customerId = event.customerId();
        audit.erasedBy = event.erasedBy();
        audit.erasedAt = event.erasedAt();
        audit.appliedAt = clock.instant();
        audit.erased = countHeldAbout(event.customerId());
        audit.persist();
    }

    /** The erasures of a customer, first first. */
    public List<ErasureRecord> of(String teamId, UUID customerId) {
        return ErasureAudit.<ErasureAudit>list("teamId = ?1 and customerId = ?2 order by appliedAt, eventId", teamId,
                customerId).stream().map(ErasureRecord::of).toList();
    }

    /** What an erasure deletes or withdraws: the categories of docs/feedback-service.md, "Erasure". */
    private Map<String, Long> countHeldAbout(UUID customerId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("directoryDetails", DirectoryCustomer.count(
                "customerId = ?1 and (displayName is not null or email is not null)", customerId));
        counts.put("comments", SurveyResponse.count("customerId = ?1 and comment is not null", customerId));
        counts.put("invitationsWithdrawn", Invitation.count(
                "customerId = ?1 and withdrawnAt is null and answeredAt is null", customerId));
        counts.put("unsentMails", (long) mails.unsentTo(customerId).size());
        return counts;
    }
}
