package rapport.customer.interactions;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rapport.customer.cases.CaseEvent;
import rapport.customer.cases.CaseService;
import rapport.customer.cases.SupportCase;
import rapport.customer.common.ClientTimes;
import rapport.customer.common.CurrentUser;
import rapport.customer.common.Filters;
import rapport.customer.common.Pages;
import rapport.customer.common.PersonalData;
import rapport.customer.customers.Customer;
import rapport.events.EventType;
import rapport.events.customer.InteractionLogged;
import rapport.events.customer.InteractionVoided;
import rapport.messaging.outbox.OutboxWriter;
import rapport.web.Page;
import rapport.web.PageParams;
import rapport.web.ProblemException;

@ApplicationScoped
public class InteractionService {

    @Inject
    CaseService cases;

    @Inject
    OutboxWriter outbox;

    @Inject
    ClientTimes times;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /**
     * Logs a contact: opens a case when it names none, otherwise joins the named case and recomputes
     * it. Publishes interaction.logged, then case.opened and case.resolved/reopened as they apply.
     */
    @Transactional
    public InteractionView log(String teamId, UUID customerId, NewInteraction request) {
        Customer customer = Customer.requireActive(teamId, customerId);
        Instant occurredAt = times.notInFuture(request.occurredAt(), "occurredAt");
        boolean opensCase = request.caseId() == null;
        SupportCase supportCase = opensCase ? cases.open(customer)
                : cases.lockForCustomer(teamId, customerId, request.caseId());
        List<Interaction> ofCase = new ArrayList<>(opensCase ? List.of() : Interaction.ofCase(supportCase.id));

        Interaction interaction = new Interaction();
        interaction.id = UUID.randomUUID();
        interaction.teamId = teamId;
        interaction.customerId = customerId;
        interaction.customer = customer;
        interaction.caseId = supportCase.id;
        interaction.sequence = nextSequence();
        interaction.agent = user.agentOr(request.agent());
        interaction.loggedBy = user.name();
        interaction.occurredAt = occurredAt;
        interaction.loggedAt = clock.instant();
        interaction.channel = request.channel();
        interaction.direction = request.direction();
        interaction.category = request.category();
        interaction.outcome = request.outcome();
        interaction.summary = request.summary().strip();
        interaction.durationMinutes = request.durationMinutes();
        interaction.techniques = Interaction.join(request.techniques());
        interaction.opensCase = opensCase;
        ofCase.add(interaction);

        List<CaseEvent> caseEvents = cases.recompute(supportCase, ofCase);
        if (opensCase) {
            supportCase.persist();
        }
        interaction.persist();
        outbox.publish(EventType.INTERACTION_LOGGED, customerId, teamId, logged(interaction, supportCase));
        if (opensCase) {
            outbox.publish(EventType.CASE_OPENED, customerId, teamId, CaseService.opened(supportCase, interaction));
        }
        caseEvents.forEach(e -> outbox.publish(e.type(), customerId, teamId, e.payload()));
        return InteractionView.of(interaction);
    }

    /** Voids a contact (kept on record, out of every KPI) and recomputes its case. */
    @Transactional
    public InteractionView voidInteraction(String teamId, UUID interactionId, String reason) {
        Interaction interaction = Optional.ofNullable(Interaction.<Interaction>findById(interactionId,
                LockModeType.PESSIMISTIC_WRITE)).filter(i -> i.teamId.equals(teamId))
                .orElseThrow(() -> ProblemException.notFound("interaction", interactionId));
        if (interaction.voided()) {
            throw ProblemException.conflict("already-voided", "Already voided", "interaction " + interactionId
                    + " was voided at " + interaction.voidedAt + " by " + interaction.voidedBy, null);
        }
        SupportCase supportCase = cases.lock(teamId, interaction.caseId);
        boolean erased = Customer.require(teamId, interaction.customerId).erased();
        interaction.voidedAt = clock.instant();
        interaction.voidedBy = user.name();
        interaction.voidReason = erased ? PersonalData.ERASED : reason.strip();
        List<CaseEvent> caseEvents = cases.recompute(supportCase, Interaction.ofCase(supportCase.id));
        outbox.publish(EventType.INTERACTION_VOIDED, interaction.customerId, teamId, new InteractionVoided(
                interaction.id, interaction.customerId, teamId, interaction.caseId, interaction.voidedBy,
                interaction.voidedAt));
        caseEvents.forEach(e -> outbox.publish(e.type(), interaction.customerId, teamId, e.payload()));
        return InteractionView.of(interaction);
    }

    public InteractionView get(String teamId, UUID interactionId) {
        return Interaction.<Interaction>findByIdOptional(interactionId).filter(i -> i.teamId.equals(teamId))
                .map(InteractionView::of).orElseThrow(() -> ProblemException.notFound("interaction", interactionId));
    }

    /** A customer's contacts, newest first, voided ones included (and marked). */
    public Page<InteractionView> timeline(String teamId, UUID customerId, PageParams page) {
        Customer.require(teamId, customerId);
        Filters filters = Filters.team(teamId).always("customerId = :customer", "customer", customerId);
        return Pages.of(Interaction.find(filters.query("occurredAt desc, sequence desc"), filters.parameters()), page,
                InteractionView::of);
    }

    /** The team's contacts, newest first, filtered. */
    public Page<InteractionView> list(String teamId, InteractionQuery query, PageParams page) {
        Filters filters = Filters.team(teamId)
                .optional("agent = :agent", "agent", query.agent)
                .optional("channel = :channel", "channel", query.channel)
                .optional("direction = :direction", "direction", query.direction)
                .optional("category = :category", "category", query.category)
                .optional("outcome = :outcome", "outcome", query.outcome)
                .optional("occurredAt >= :from", "from", query.from)
                .optional("occurredAt < :to", "to", query.to)
                .when(!query.includeVoided, "voidedAt is null");
        return Pages.of(Pages.withCustomer(Interaction.find(filters.query("occurredAt desc, sequence desc"),
                filters.parameters()), Interaction.class), page, InteractionView::of);
    }

    private static long nextSequence() {
        return ((Number) Panache.getEntityManager().createNativeQuery("select nextval('interaction_sequence')")
                .getSingleResult()).longValue();
    }

    private static InteractionLogged logged(Interaction i, SupportCase c) {
        return new InteractionLogged(i.id, i.customerId, i.teamId, i.caseId, c.category.name(), i.opensCase, i.agent,
                i.occurredAt, i.loggedAt, i.sequence, i.channel.name(), i.direction.name(), i.category.name(),
                i.outcome.name(), i.durationMinutes, i.techniqueList().stream().map(Enum::name).toList());
    }
}
