package rapport.kpi.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * interactions: openers, categories, status, resolution time and repeat contacts follow the
 * contact order of docs/customer-service.md ("Cases") whatever order the events came in (a backdated contact, a void
 * before its interaction).
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

    /**
     * Derives the customer's cases from all their contacts and writes only the cases whose facts
     * changed: a new contact usually changes its own case and perhaps the one before it, so the
     * customer's other cases (and their index entries) are left alone.
     */
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
        Map<UUID, List<Object>> stored = new HashMap<>();
        for (List<Object> columns : sql.query("""
                select case_id, team_id, category, opener_interaction_id, opened_at, opener_direction, opener_outcome,
                    opener_agent, opener_channel, status, resolved_at, reopens, next_repeat_at
                from rm_case where customer_id = ?""",
                row -> Arrays.<Object>asList(row.getObject("case_id", UUID.class), row.getString("team_id"),
                        row.getString("category"), row.getObject("opener_interaction_id", UUID.class),
                        Sql.instant(row, "opened_at"), row.getString("opener_direction"),
                        row.getString("opener_outcome"), row.getString("opener_agent"), row.getString("opener_channel"),
                        row.getString("status"), Sql.instant(row, "resolved_at"), row.getInt("reopens"),
                        Sql.instant(row, "next_repeat_at")),
                customerId)) {
            stored.put((UUID) columns.get(0), columns);
        }
        List<Object[]> changed = new ArrayList<>();
        for (CaseFacts facts : CaseTimeline.derive(contacts)) {
            List<Object> columns = columns(facts, teamId);
            if (!columns.equals(stored.remove(facts.caseId()))) {
                List<Object> row = new ArrayList<>(columns);
                row.add(customerId);
                row.add(facts.caseId());
                changed.add(row.toArray());
            }
        }
        stored.keySet().forEach(gone -> sql.update("delete from rm_case where case_id = ?", gone));
        int[] written = sql.batch("""
                insert into rm_case (case_id, team_id, category, opener_interaction_id, opened_at, opener_direction,
                    opener_outcome, opener_agent, opener_channel, status, resolved_at, reopens, next_repeat_at,
                    customer_id, complaint_steps) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    (select count(*) from rm_complaint_step s where s.case_id = ?))
                on conflict (case_id) do update set team_id = excluded.team_id, category = excluded.category,
                    opener_interaction_id = excluded.opener_interaction_id, opened_at = excluded.opened_at,
                    opener_direction = excluded.opener_direction, opener_outcome = excluded.opener_outcome,
                    opener_agent = excluded.opener_agent, opener_channel = excluded.opener_channel,
                    status = excluded.status, resolved_at = excluded.resolved_at, reopens = excluded.reopens,
                    next_repeat_at = excluded.next_repeat_at, complaint_steps = excluded.complaint_steps
                where rm_case.customer_id = excluded.customer_id""",
                changed);
        for (int i = 0; i < written.length; i++) {
            if (written[i] == 0) {
                throw new UnprocessableEventException("case " + changed.get(i)[0] + " of customer " + customerId
                        + " is already a case of another customer");
            }
        }
    }

    /**
     * Flags the customer's first non-voided contact (in the order of docs/customer-service.md, "Cases") whose outcome
     * is not NO_RESPONSE.
     */
    private void markFirstActive(UUID customerId, List<Contact> contacts) {
        UUID first = contacts.stream().filter(c -> !c.voided() && c.outcome() != Outcome.NO_RESPONSE)
                .min(Contact.ORDER).map(Contact::id).orElse(null);
        sql.update("""
                update rm_interaction set first_active = (interaction_id = ?)
                where customer_id = ? and first_active <> (interaction_id = ?)""", first, customerId, first);
    }

    /**
     * A case's stored columns, in the order of the select above; times at the database's precision
     * (microseconds), so that facts equal to the stored ones compare equal.
     */
    private static List<Object> columns(CaseFacts c, String teamId) {
        return Arrays.asList(c.caseId(), teamId, c.category(), c.openerId(), micros(c.openedAt()),
                c.openerDirection().name(), c.openerOutcome().name(), c.openerAgent(), c.openerChannel(),
                c.status().name(), micros(c.resolvedAt()), c.reopens(), micros(c.nextRepeatAt()));
    }

    private static Instant micros(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
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
