package rapport.kpi.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.events.customer.ComplaintStepRecorded;
import rapport.events.customer.CustomerErased;
import rapport.events.customer.CustomerRegistered;
import rapport.events.customer.CustomerUpdated;
import rapport.events.customer.FollowUpCompleted;
import rapport.events.customer.FollowUpPromised;
import rapport.events.customer.InteractionLogged;
import rapport.events.customer.InteractionVoided;
import rapport.events.feedback.FeedbackSubmitted;
import rapport.events.feedback.InvitationSent;
import rapport.messaging.inbox.EventHandler;
import rapport.messaging.inbox.EventPayloads;

/**
 * Routes consumed events into the read model. The case events (opened, resolved, reopened) are
 * not needed: kpi-service derives cases itself from the interactions, because backdated contacts
 * and voids change openers and status after those events were published.
 */
@ApplicationScoped
public class KpiEventHandler implements EventHandler {

    /** The types {@link #handle} applies; the others (the case events) are skipped without a database write. */
    private static final Set<EventType> HANDLED = EnumSet.of(EventType.CUSTOMER_REGISTERED,
            EventType.CUSTOMER_UPDATED, EventType.CUSTOMER_ERASED, EventType.INTERACTION_LOGGED,
            EventType.INTERACTION_VOIDED, EventType.COMPLAINT_STEP_RECORDED, EventType.FOLLOWUP_PROMISED,
            EventType.FOLLOWUP_COMPLETED, EventType.INVITATION_SENT, EventType.FEEDBACK_SUBMITTED);

    @Inject
    EventPayloads payloads;

    @Inject
    ReadModelUpdater readModel;

    @Inject
    CaseDerivation cases;

    @Override
    public boolean handles(String type) {
        return EventType.fromType(type).filter(HANDLED::contains).isPresent();
    }

    @Override
    public void handle(CloudEvent event) {
        switch (EventType.fromType(event.type()).orElse(null)) {
            case CUSTOMER_REGISTERED -> {
                CustomerRegistered registered = payloads.read(event, CustomerRegistered.class);
                readModel.customer(registered.customerId(), registered.teamId(), registered.kind(),
                        registered.registeredAt());
            }
            case CUSTOMER_UPDATED -> {
                CustomerUpdated updated = payloads.read(event, CustomerUpdated.class);
                readModel.customer(updated.customerId(), updated.teamId(), updated.kind(), updated.updatedAt());
            }
            case CUSTOMER_ERASED -> readModel.customerErased(payloads.read(event, CustomerErased.class));
            case INTERACTION_LOGGED -> cases.interactionLogged(payloads.read(event, InteractionLogged.class));
            case INTERACTION_VOIDED -> cases.interactionVoided(payloads.read(event, InteractionVoided.class));
            case COMPLAINT_STEP_RECORDED -> readModel.complaintStep(payloads.read(event, ComplaintStepRecorded.class));
            case FOLLOWUP_PROMISED -> readModel.followUpPromised(payloads.read(event, FollowUpPromised.class));
            case FOLLOWUP_COMPLETED -> readModel.followUpCompleted(payloads.read(event, FollowUpCompleted.class));
            case INVITATION_SENT -> readModel.invitationSent(payloads.read(event, InvitationSent.class));
            case FEEDBACK_SUBMITTED -> readModel.feedbackSubmitted(payloads.read(event, FeedbackSubmitted.class));
            case null, default -> { }
        }
    }
}
