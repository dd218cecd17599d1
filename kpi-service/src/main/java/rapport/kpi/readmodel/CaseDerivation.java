package rapport.kpi.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import rapport.events.customer.InteractionLogged;
import rapport.events.customer.InteractionVoided;
import rapport.kpi.common.Sql;
import rapport.kpi.maths.CaseFacts;
import rapport.kpi.maths.CaseTimeline;
import rapport.kpi.maths.Contact;
import rapport.kpi.maths.Direction;
import rapport.kpi.maths.Outcome;
import rapport.messaging.inbox.UnprocessableEventException;

/**
 * Stores interactions and voids, then derives the customer's cases again from all their stored
 * interactions: openers, categories, status, resolution time and repeat contacts follow the SPEC
 * order whatever order the events came in (a backdated contact, a void before its interaction).
 */
@ApplicationScoped
public class CaseDerivation {

    @Inject
    Sql sql;

    @Transactional(Transactional.TxType.MANDATORY)
    public void interactionLogged(InteractionLogged event) {
        requireKnown(event);
        sql.update("""
                insert into rm_interaction (interaction_id, team_id, customer_id, case_id, agent, occurred_at, logged_at,
                    sequence, channel, direction, category, outcome, duration_minutes, voided)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    exists (select 1 from rm_voided_interaction v where v.interaction_id = ?))
                on conflict (interaction_id) do nothing""",
                event.interactionId(), event.teamId(), event.customerId(), event.caseId(), event.agent(),
                event.occurredAt(), event.loggedAt(), event.sequence(), event.channel(), event.direction(),
                event.category(), event.outcome(), event.durationMinutes(), event.interactionId());
        deriveCases(event.customerId(), event.teamId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void interactionVoided(InteractionVoided event) {
        sql.update("""
                insert into rm_voided_interaction (interaction_id, team_id, customer_id, voided_at) values (?, ?, ?, ?)
                on conflict (interaction_id) do nothing""",
                event.interactionId(), event.teamId(), event.customerId(), event.voidedAt());
        sql.update("update rm_interaction set voided = true where interaction_id = ?", event.interactionId());
        deriveCases(event.customerId(), event.teamId());
    }

    private void deriveCases(UUID customerId, String teamId) {
        List<Contact> contacts = sql.query("""
                select interaction_id, case_id, occurred_at, logged_at, sequence, direction, category, outcome, agent,
                    channel, voided from rm_interaction where customer_id = ?""",
                row -> new Contact(row.getObject("interaction_id", UUID.class), row.getObject("case_id", UUID.class),
                        Sql.instant(row, "occurred_at"), Sql.instant(row, "logged_at"), row.getLong("sequence"),
                        Direction.valueOf(row.getString("direction")), row.getString("category"),
                        Outcome.valueOf(row.getString("outcome")), row.getString("agent"), row.getString("channel"),
                        row.getBoolean("voided")),
                customerId);
        markFirstActive(customerId, contacts);
        sql.update("delete from rm_case where customer_id = ?", customerId);
        sql.batch("""
                insert into rm_case (case_id, team_id, customer_id, category, opener_interaction_id, opened_at,
                    opener_direction, opener_outcome, opener_agent, opener_channel, status, resolved_at, reopens,
                    next_repeat_at, complaint_steps) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    (select count(*) from rm_complaint_step s where s.case_id = ?))""",
                CaseTimeline.derive(contacts).stream().map(c -> row(c, customerId, teamId)).toList());
    }

    /** Flags the customer's first non-voided contact (SPEC order) whose outcome is not NO_RESPONSE. */
    private void markFirstActive(UUID customerId, List<Contact> contacts) {
        UUID first = contacts.stream().filter(c -> !c.voided() && c.outcome() != Outcome.NO_RESPONSE)
                .min(Contact.ORDER).map(Contact::id).orElse(null);
        sql.update("""
                update rm_interaction set first_active = (interaction_id = ?)
                where customer_id = ? and first_active <> (interaction_id = ?)""", first, customerId, first);
    }

    private static Object[] row(CaseFacts c, UUID customerId, String teamId) {
        return new Object[] { c.caseId(), teamId, customerId, c.category(), c.openerId(), c.openedAt(),
            c.openerDirection().name(), c.openerOutcome().name(), c.openerAgent(), c.openerChannel(), c.status().name(),
            c.resolvedAt(), c.reopens(), c.nextRepeatAt(), c.caseId() };
    }

    private static void requireKnown(InteractionLogged event) {
        try {
            Direction.valueOf(event.direction());
            Outcome.valueOf(event.outcome());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnprocessableEventException("interaction " + event.interactionId() + " has direction "
                    + event.direction() + " and outcome " + event.outcome() + ", which the contract does not allow", e);
        }
    }
}
