package rapport.customer.privacy;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rapport.customer.cases.CaseView;
import rapport.customer.cases.SupportCase;
import rapport.customer.common.CurrentUser;
import rapport.customer.common.CustomerServiceConfig;
import rapport.customer.common.PersonalData;
import rapport.customer.complaints.ComplaintStepRecord;
import rapport.customer.complaints.ComplaintStepView;
import rapport.customer.customers.Customer;
import rapport.customer.customers.CustomerView;
import rapport.customer.followups.FollowUp;
import rapport.customer.followups.FollowUpView;
import rapport.web.idempotency.IdempotentRequests;
import rapport.customer.interactions.Interaction;
import rapport.customer.interactions.InteractionView;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.events.customer.CustomerErased;
import rapport.messaging.keys.DataKeys;
import rapport.messaging.outbox.OutboxWriter;
import rapport.web.ProblemException;

/** Subject access (export) and right to erasure for one customer. */
@ApplicationScoped
public class PersonalDataService {

    @Inject
    OutboxWriter outbox;

    @Inject
    DataKeys keys;

    @Inject
    IdempotentRequests idempotency;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    CustomerServiceConfig config;

    public CustomerExport export(String teamId, UUID customerId) {
        Customer customer = Customer.require(teamId, customerId);
        Instant now = clock.instant();
        return new CustomerExport(now, CustomerView.of(customer),
                Interaction.<Interaction>list("customerId = ?1 order by occurredAt, sequence", customerId).stream()
                        .map(InteractionView::of).toList(),
                SupportCase.<SupportCase>list("customerId = ?1 order by openedAt nulls last, id", customerId).stream()
                        .map(CaseView::of).toList(),
                ComplaintStepRecord.ofCustomer(customerId).stream().map(ComplaintStepView::of).toList(),
                FollowUp.<FollowUp>list("customerId = ?1 order by dueAt, id", customerId).stream()
                        .map(f -> FollowUpView.of(f, now)).toList(),
                ErasureAudit.<ErasureAudit>list("customerId = ?1 order by erasedAt", customerId).stream()
                        .map(ErasureReceipt::of).toList(),
                HeldElsewhere.of(config, teamId, customerId));
    }

    /** The record of the customer's erasure; 404 for an unknown customer, and for one not erased. */
    public ErasureReceipt erasure(String teamId, UUID customerId) {
        Customer.require(teamId, customerId);
        return ErasureAudit.ofCustomer(teamId, customerId).map(ErasureReceipt::of)
                .orElseThrow(() -> ProblemException.notFound("erasure of customer", customerId));
    }

    /**
     * Replaces the customer's name, contact details and every free text about them (contact
     * summaries, void reasons, promises) by a marker; keeps the anonymous facts (times, channels,
     * outcomes) that the KPIs count. Stored request replays and already-published outbox rows that
     * carried the contact details are deleted. The customer's data key is shredded (a tombstone follows on
     * rapport.data-keys), so every copy of the protected fields on Kafka is unreadable from this commit on
     * (docs/erasure.md). Announced with customer.erased, and audited with that event's id and the counts of what
     * was erased.
     */
    @Transactional
    public ErasureReceipt erase(String teamId, UUID customerId) {
        Customer customer = Optional.ofNullable(Customer.<Customer>findById(customerId, LockModeType.PESSIMISTIC_WRITE))
                .filter(c -> c.teamId.equals(teamId))
                .orElseThrow(() -> ProblemException.notFound("customer", customerId));
        if (customer.erased()) {
            throw ProblemException.conflict("already-erased", "Already erased",
                    "customer " + customerId + " was erased at " + customer.erasedAt, null);
        }
        Instant now = clock.instant();
        Map<String, Long> erased = ErasedData.countFor(customerId);
        customer.erase(now);
        Interaction.update("summary = ?1, voidReason = case when voidReason is null then null else ?1 end "
                + "where customerId = ?2", PersonalData.ERASED, customerId);
        FollowUp.update("promise = ?1, promisedTo = case when promisedTo is null then null else ?1 end "
                + "where customerId = ?2", PersonalData.ERASED, customerId);
        idempotency.forgetResponsesMentioning(teamId, customerId.toString());
        forgetPublishedContactDetails(customerId);
        keys.shred(customerId);

        CloudEvent announced = outbox.publish(EventType.CUSTOMER_ERASED, customerId, teamId,
                new CustomerErased(customerId, teamId, now, user.name()));
        return ErasureReceipt.of(ErasureAudit.record(teamId, customerId, user.name(), now, announced.id(), erased));
    }

    /** Sent outbox rows are kept for inspection; those that carried contact details go now. */
    private static void forgetPublishedContactDetails(UUID customerId) {
        Panache.getEntityManager().createNativeQuery("""
                delete from outbox_event where event_key = ?1 and sent_at is not null and event_type in (?2, ?3)""")
                .setParameter(1, customerId.toString())
                .setParameter(2, EventType.CUSTOMER_REGISTERED.type())
                .setParameter(3, EventType.CUSTOMER_UPDATED.type())
                .executeUpdate();
    }
}
