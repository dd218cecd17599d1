package rapport.kpi.readmodel;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
import rapport.kpi.privacy.ErasureAudits;
import rapport.messaging.inbox.EventHandler;
import rapport.messaging.inbox.EventPayloads;

/**
 * Routes consumed events into the read model. The case events (opened, resolved, reopened) are
 * not needed: kpi-service derives cases itself from the interactions, because backdated contacts
 * and voids change openers and status after those events were published.
 */
@ApplicationScoped
public class KpiEventHandler implements EventHandler {

    @Inject
    EventPayloads payloads;

    @Inject
    ReadModelUpdater readModel;

    @Inject
    CaseDerivation cases;

    @Inject
    ErasureAudits erasureAudits;

    /**
     * Types whose handlers neither read nor write contacts, voids or cases, so the contacts and voids
     * {@link CaseDerivation} holds back until the commit need not be written before them. Any other type (a complaint
     * step counts a case's steps onto the case) has them written first.
     */
    private static final Set<EventType> APART_FROM_CASES = EnumSet.of(EventType.INTERACTION_LOGGED,
            EventType.INTERACTION_VOIDED, EventType.CUSTOMER_REGISTERED, EventType.CUSTOMER_UPDATED,
            EventType.CUSTOMER_ERASED, EventType.FOLLOWUP_PROMISED, EventType.FOLLOWUP_COMPLETED,
            EventType.INVITATION_SENT, EventType.FEEDBACK_SUBMITTED);

    /** What each handled event type does; the other types (the case events) are never handed over. */
    private final Map<EventType, Consumer<CloudEvent>> routes = new EnumMap<>(EventType.class);

    @PostConstruct
    void route() {
        routes.put(EventType.CUSTOMER_REGISTERED, event -> {
            CustomerRegistered registered = payloads.read(event, CustomerRegistered.class);
            readModel.customer(registered.customerId(), registered.teamId(), registered.kind(),
                    registered.valueSegment(), registered.registeredAt());
            readModel.customerName(registered.customerId(), registered.displayName());
        });
        routes.put(EventType.CUSTOMER_UPDATED, event -> {
            CustomerUpdated updated = payloads.read(event, CustomerUpdated.class);
            readModel.customer(updated.customerId(), updated.teamId(), updated.kind(), updated.valueSegment(),
                    updated.updatedAt());
            readModel.customerName(updated.customerId(), updated.displayName());
        });
        routes.put(EventType.CUSTOMER_ERASED, event -> {
            CustomerErased erased = payloads.read(event, CustomerErased.class);
            erasureAudits.record(event.id(), erased); // first: it counts what the erasure deletes
            readModel.customerErased(erased);
        });
        routes.put(EventType.INTERACTION_LOGGED,
                event -> cases.interactionLogged(payloads.read(event, InteractionLogged.class)));
        routes.put(EventType.INTERACTION_VOIDED,
                event -> cases.interactionVoided(payloads.read(event, InteractionVoided.class)));
        routes.put(EventType.COMPLAINT_STEP_RECORDED,
                event -> readModel.complaintStep(payloads.read(event, ComplaintStepRecorded.class)));
        routes.put(EventType.FOLLOWUP_PROMISED,
                event -> readModel.followUpPromised(payloads.read(event, FollowUpPromised.class)));
        routes.put(EventType.FOLLOWUP_COMPLETED,
                event -> readModel.followUpCompleted(payloads.read(event, FollowUpCompleted.class)));
        routes.put(EventType.INVITATION_SENT,
                event -> readModel.invitationSent(payloads.read(event, InvitationSent.class)));
        routes.put(EventType.FEEDBACK_SUBMITTED,
                event -> readModel.feedbackSubmitted(payloads.read(event, FeedbackSubmitted.class)));
    }

    @Override
    public Set<EventType> handledTypes() {
        return routes.keySet();
    }

    @Override
    public void handle(CloudEvent event) {
        EventType.fromType(event.type()).filter(routes::containsKey).ifPresent(type -> {
            if (!APART_FROM_CASES.contains(type)) {
                cases.flush();
            }
            routes.get(type).accept(event);
        });
    }
}
