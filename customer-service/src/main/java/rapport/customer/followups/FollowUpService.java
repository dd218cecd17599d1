package rapport.customer.followups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import rapport.customer.common.ClientTimes;
import rapport.customer.common.CurrentUser;
import rapport.customer.common.Filters;
import rapport.customer.common.Pages;
import rapport.customer.customers.Customer;
import rapport.customer.interactions.Interaction;
import rapport.events.EventType;
import rapport.events.customer.FollowUpCompleted;
import rapport.events.customer.FollowUpPromised;
import rapport.messaging.outbox.OutboxWriter;
import rapport.web.Page;
import rapport.web.PageParams;
import rapport.web.ProblemException;

@ApplicationScoped
public class FollowUpService {

    private static final Duration DEFAULT_DUE_WINDOW = Duration.ofHours(24);

    @Inject
    OutboxWriter outbox;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    ClientTimes times;

    @Transactional
    public FollowUpView promise(String teamId, UUID customerId, NewFollowUp request) {
        Customer customer = Customer.requireActive(teamId, customerId);
        Instant now = clock.instant();
        // like contacts, a promise may be recorded after the fact: its due time then follows the recorded time
        Instant promisedAt = times.notInFuture(request.promisedAt(), "promisedAt");
        if (!request.dueAt().isAfter(promisedAt)) {
            throw ProblemException.unprocessable("due-before-promised", "Due before it was promised",
                    "must be after the promise was made (" + promisedAt + ")", "dueAt");
        }
        FollowUp followUp = new FollowUp();
        followUp.id = UUID.randomUUID();
        followUp.teamId = teamId;
        followUp.customerId = customerId;
        followUp.customer = customer;
        if (request.interactionId() != null) {
            Interaction from = interactionOf(teamId, customerId, request.interactionId());
            followUp.interactionId = from.id;
            followUp.caseId = from.caseId;
        }
        followUp.agent = user.agentOr(request.agent());
        followUp.promise = request.promise().strip();
        followUp.promisedTo = request.promisedTo() == null || request.promisedTo().isBlank() ? null
                : request.promisedTo().strip();
        followUp.promisedAt = promisedAt;
        followUp.dueAt = request.dueAt().truncatedTo(ChronoUnit.MICROS);
        followUp.persist();
        outbox.publish(EventType.FOLLOWUP_PROMISED, customerId, teamId, new FollowUpPromised(followUp.id, customerId,
                teamId, followUp.interactionId, followUp.caseId, followUp.agent, followUp.promisedAt, followUp.dueAt));
        return FollowUpView.of(followUp, now);
    }

    /**
     * Marks a promise kept, at {@code request.completedAt()} (default now); a promise is completed once
     * (409 on a second time). The recorded time is what promise keeping is computed from.
     */
    @Transactional
    public FollowUpView complete(String teamId, UUID followUpId, CompleteFollowUp request) {
        FollowUp followUp = Optional.ofNullable(FollowUp.<FollowUp>findById(followUpId, LockModeType.PESSIMISTIC_WRITE))
                .filter(f -> f.teamId.equals(teamId))
                .orElseThrow(() -> ProblemException.notFound("follow-up", followUpId));
        if (followUp.completed()) {
            throw ProblemException.conflict("already-completed", "Already completed", "follow-up " + followUpId
                    + " was completed at " + followUp.completedAt + " by " + followUp.completedBy, null);
        }
        Instant now = clock.instant();
        Instant completedAt = times.notInFuture(request.completedAt(), "completedAt");
        if (request.completedAt() == null && completedAt.isBefore(followUp.promisedAt)) {
            // "now" by default, but never before a promisedAt that a client clock put slightly ahead of ours
            completedAt = followUp.promisedAt;
        }
        if (completedAt.isBefore(followUp.promisedAt)) {
            throw ProblemException.unprocessable("completed-before-promised", "Completed before it was promised",
                    "must not be before the promise was made (" + followUp.promisedAt + ")", "completedAt");
        }
        followUp.completedAt = completedAt;
        followUp.completedBy = user.name();
        outbox.publish(EventType.FOLLOWUP_COMPLETED, followUp.customerId, teamId, new FollowUpCompleted(followUp.id,
                followUp.customerId, teamId, followUp.completedBy, completedAt));
        return FollowUpView.of(followUp, now);
    }

    /** Soonest due first. */
    public Page<FollowUpView> list(String teamId, FollowUpQuery query, PageParams page) {
        Instant now = clock.instant();
        Filters filters = Filters.team(teamId)
                .optional("agent = :agent", "agent", query.agent)
                .optional("customerId = :customer", "customer", query.customerId);
        switch (query.state) {
            case OPEN -> filters.when(true, "completedAt is null");
            case DUE -> filters.when(true, "completedAt is null").always("dueAt <= :dueBefore", "dueBefore",
                    query.dueBefore == null ? now.plus(DEFAULT_DUE_WINDOW) : query.dueBefore);
            case OVERDUE -> filters.when(true, "completedAt is null").always("dueAt < :now", "now", now);
            case COMPLETED -> filters.when(true, "completedAt is not null");
            case ALL -> { }
        }
        return Pages.of(Pages.withCustomer(FollowUp.<FollowUp>find(filters.query("dueAt, id"), filters.parameters()),
                FollowUp.class), page, f -> FollowUpView.of(f, now));
    }

    private static Interaction interactionOf(String teamId, UUID customerId, UUID interactionId) {
        Interaction interaction = Interaction.<Interaction>findByIdOptional(interactionId)
                .filter(i -> i.teamId.equals(teamId)).orElseThrow(() -> ProblemException.unprocessable(
                        "unknown-interaction", "Unknown interaction",
                        "interaction " + interactionId + " does not exist in this team", "interactionId"));
        if (!interaction.customerId.equals(customerId)) {
            throw ProblemException.unprocessable("interaction-of-another-customer", "Interaction of another customer",
                    "interaction " + interactionId + " is a contact with another customer", "interactionId");
        }
        return interaction;
    }
}
