package rapport.kpi.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
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
 * Stores interactions and voids, then derives the customers' cases again from all their stored
 * interactions: openers, categories, status, resolution time and repeat contacts follow the
 * contact order of docs/customer-service.md ("Cases") whatever order the events came in (a backdated contact, a void
 * before its interaction).
 *
 * <p>The contacts and voids of one transaction (the messaging library applies a poll's events in one) are kept
 * in memory and written just before it commits, with a few set-based statements for all of them, and each
 * customer's cases are derived once (docs/benchmarks/kpi-service.md, "Rebuild"). What is stored then is what
 * applying the events one by one would store, since the cases, first-active flags and voids are functions of the
 * stored contacts; handlers that read or write contacts or cases call {@link #flush()} first. The one thing a
 * batch cannot reproduce is an event refused for naming another customer's case, which rolls back only that event:
 * a batch where a case id is shared between customers fails as a whole, and the library then applies its events
 * one at a time.
 */
@ApplicationScoped
public class CaseDerivation {

    @Inject
    Sql sql;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Transactional(Transactional.TxType.MANDATORY)
    public void interactionLogged(InteractionLogged event) {
        requireKnown(event);
        Pending pending = pending();
        pending.logged.add(event);
        pending.touched(event.customerId(), event.teamId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void interactionVoided(InteractionVoided event) {
        Pending pending = pending();
        pending.voided.add(event);
        pending.touched(event.customerId(), event.teamId());
    }

    /** Writes the contacts and voids this transaction holds back, and derives their customers' cases, now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        if (transactions.getResource(Pending.class) instanceof Pending pending) {
            pending.flush();
        }
    }

    private Pending pending() {
        if (transactions.getResource(Pending.class) instanceof Pending pending) {
            return pending;
        }
        Pending pending = new Pending();
        transactions.putResource(Pending.class, pending);
        transactions.registerInterposedSynchronization(pending);
        return pending;
    }

    /** One transaction's contacts and voids not yet written, in arrival order. */
    private final class Pending implements Synchronization {

        final List<InteractionLogged> logged = new ArrayList<>();
        final List<InteractionVoided> voided = new ArrayList<>();
        /** Each customer's team as their latest event names it, which the derived cases carry. */
        final Map<UUID, String> teams = new LinkedHashMap<>();

        void touched(UUID customerId, String teamId) {
            teams.put(customerId, teamId);
        }

        @Override
        public void beforeCompletion() {
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                flush();
            }
        }

        @Override
        public void afterCompletion(int status) {
        }

        void flush() {
            int events = logged.size() + voided.size();
            if (events == 0) {
                return;
            }
            storeVoids(voided);
            storeContacts(logged);
            deriveCases(teams, events > 1);
            logged.clear();
            voided.clear();
            teams.clear();
        }
    }

    private void storeVoids(List<InteractionVoided> voids) {
        if (voids.isEmpty()) {
            return;
        }
        sql.update("""
                insert into rm_voided_interaction (interaction_id, team_id, customer_id, voided_at)
                select * from unnest(?::uuid[], ?::text[], ?::uuid[], ?::timestamptz[])
                on conflict (interaction_id) do nothing""",
                column(voids, InteractionVoided::interactionId), column(voids, InteractionVoided::teamId),
                column(voids, InteractionVoided::customerId), column(voids, InteractionVoided::voidedAt));
        // contacts stored before; those stored with them read the void as they are inserted
        sql.update("update rm_interaction set voided = true where interaction_id = any(?::uuid[]) and not voided",
                column(voids, InteractionVoided::interactionId));
    }

    /** The first event of an interaction id wins, as one event at a time would have it. */
    private void storeContacts(List<InteractionLogged> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        sql.update("""
                insert into rm_interaction (interaction_id, team_id, customer_id, case_id, agent, occurred_at, logged_at,
                    sequence, channel, direction, category, outcome, duration_minutes, voided)
                select t.*, exists (select 1 from rm_voided_interaction v where v.interaction_id = t.interaction_id)
                from unnest(?::uuid[], ?::text[], ?::uuid[], ?::uuid[], ?::text[], ?::timestamptz[], ?::timestamptz[],
                    ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::integer[])
                    as t (interaction_id, team_id, customer_id, case_id, agent, occurred_at, logged_at, sequence,
                        channel, direction, category, outcome, duration_minutes)
                on conflict (interaction_id) do nothing""",
                column(contacts, InteractionLogged::interactionId), column(contacts, InteractionLogged::teamId),
                column(contacts, InteractionLogged::customerId), column(contacts, InteractionLogged::caseId),
                column(contacts, InteractionLogged::agent), column(contacts, InteractionLogged::occurredAt),
                column(contacts, InteractionLogged::loggedAt), column(contacts, InteractionLogged::sequence),
                column(contacts, InteractionLogged::channel), column(contacts, InteractionLogged::direction),
                column(contacts, InteractionLogged::category), column(contacts, InteractionLogged::outcome),
                column(contacts, InteractionLogged::durationMinutes));
    }

    /**
     * Derives each customer's cases from all their contacts and writes only the cases whose facts
     * changed: a new contact usually changes its own case and perhaps the one before it, so the
     * customer's other cases (and their index entries) are left alone.
     *
     * @param batch whether several events are applied together: then a case id shared between customers fails the
     *              whole batch, since applied one at a time only some of its events would be refused
     */
    private void deriveCases(Map<UUID, String> teams, boolean batch) {
        Object customers = Sql.array(teams.keySet());
        Map<UUID, List<Contact>> contacts = new HashMap<>();
        Map<UUID, UUID> caseOwners = new HashMap<>();
        sql.query("""
                select customer_id, interaction_id, case_id, occurred_at, logged_at, sequence, direction, category,
                    outcome, agent, channel, voided from rm_interaction where customer_id = any(?::uuid[])""",
                row -> {
                    UUID customerId = row.getObject("customer_id", UUID.class);
                    Contact contact = new Contact(row.getObject("interaction_id", UUID.class),
                            row.getObject("case_id", UUID.class), Sql.instant(row, "occurred_at"),
                            Sql.instant(row, "logged_at"), row.getLong("sequence"),
                            Direction.valueOf(row.getString("direction")), row.getString("category"),
                            Outcome.valueOf(row.getString("outcome")), row.getString("agent"),
                            row.getString("channel"), row.getBoolean("voided"));
                    contacts.computeIfAbsent(customerId, id -> new ArrayList<>()).add(contact);
                    UUID owner = caseOwners.putIfAbsent(contact.caseId(), customerId);
                    if (batch && owner != null && !owner.equals(customerId)) {
                        throw sharedCase(contact.caseId());
                    }
                    return null;
                },
                customers);
        markFirstActive(contacts);
        Map<UUID, Map<UUID, List<Object>>> stored = new HashMap<>();
        sql.query("""
                select customer_id, case_id, team_id, category, opener_interaction_id, opened_at, opener_direction,
                    opener_outcome, opener_agent, opener_channel, status, resolved_at, reopens, next_repeat_at
                from rm_case where customer_id = any(?::uuid[]) or case_id = any(?::uuid[])""",
                row -> {
                    UUID customerId = row.getObject("customer_id", UUID.class);
                    UUID caseId = row.getObject("case_id", UUID.class);
                    UUID owner = caseOwners.get(caseId);
                    if (batch && owner != null && !owner.equals(customerId)) {
                        throw sharedCase(caseId);
                    }
                    if (!teams.containsKey(customerId)) {
                        return null; // another customer's case: the upsert below refuses to take it over
                    }
                    stored.computeIfAbsent(customerId, id -> new HashMap<>()).put(caseId, Arrays.asList(caseId,
                            row.getString("team_id"), row.getString("category"),
                            row.getObject("opener_interaction_id", UUID.class), Sql.instant(row, "opened_at"),
                            row.getString("opener_direction"), row.getString("opener_outcome"),
                            row.getString("opener_agent"), row.getString("opener_channel"), row.getString("status"),
                            Sql.instant(row, "resolved_at"), row.getInt("reopens"),
                            Sql.instant(row, "next_repeat_at")));
                    return null;
                },
                customers, Sql.array(caseOwners.keySet()));
        List<List<Object>> changed = new ArrayList<>();
        List<UUID> changedOwners = new ArrayList<>();
        List<UUID> gone = new ArrayList<>();
        teams.forEach((customerId, teamId) -> {
            Map<UUID, List<Object>> theirs = stored.getOrDefault(customerId, new HashMap<>());
            for (CaseFacts facts : CaseTimeline.derive(contacts.getOrDefault(customerId, List.of()))) {
                List<Object> columns = columns(facts, teamId);
                if (!columns.equals(theirs.remove(facts.caseId()))) {
                    changed.add(columns);
                    changedOwners.add(customerId);
                }
            }
            gone.addAll(theirs.keySet());
        });
        if (!gone.isEmpty()) {
            sql.update("delete from rm_case where case_id = any(?::uuid[])", Sql.array(gone));
        }
        writeCases(changed, changedOwners);
    }

    private void writeCases(List<List<Object>> cases, List<UUID> owners) {
        if (cases.isEmpty()) {
            return;
        }
        Object[] parameters = new Object[14];
        for (int column = 0; column < 13; column++) {
            int c = column;
            parameters[column] = Sql.array(cases.stream().map(row -> row.get(c)).toList());
        }
        parameters[13] = Sql.array(owners);
        Set<UUID> written = new HashSet<>(sql.query("""
                insert into rm_case (case_id, team_id, category, opener_interaction_id, opened_at, opener_direction,
                    opener_outcome, opener_agent, opener_channel, status, resolved_at, reopens, next_repeat_at,
                    customer_id, complaint_steps)
                select t.*, (select count(*) from rm_complaint_step s where s.case_id = t.case_id)
                from unnest(?::uuid[], ?::text[], ?::text[], ?::uuid[], ?::timestamptz[], ?::text[], ?::text[],
                    ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::integer[], ?::timestamptz[], ?::uuid[])
                    as t (case_id, team_id, category, opener_interaction_id, opened_at, opener_direction,
                        opener_outcome, opener_agent, opener_channel, status, resolved_at, reopens, next_repeat_at,
                        customer_id)
                on conflict (case_id) do update set team_id = excluded.team_id, category = excluded.category,
                    opener_interaction_id = excluded.opener_interaction_id, opened_at = excluded.opened_at,
                    opener_direction = excluded.opener_direction, opener_outcome = excluded.opener_outcome,
                    opener_agent = excluded.opener_agent, opener_channel = excluded.opener_channel,
                    status = excluded.status, resolved_at = excluded.resolved_at, reopens = excluded.reopens,
                    next_repeat_at = excluded.next_repeat_at, complaint_steps = excluded.complaint_steps
                where rm_case.customer_id = excluded.customer_id
                returning case_id""", row -> row.getObject("case_id", UUID.class), parameters));
        for (int i = 0; i < cases.size(); i++) {
            if (!written.contains((UUID) cases.get(i).getFirst())) {
                throw new UnprocessableEventException("case " + cases.get(i).getFirst() + " of customer "
                        + owners.get(i) + " is already a case of another customer");
            }
        }
    }

    /**
     * Flags each customer's first non-voided contact (in the order of docs/customer-service.md, "Cases") whose outcome
     * is not NO_RESPONSE, and only that one: none when there is no such contact.
     */
    private void markFirstActive(Map<UUID, List<Contact>> contacts) {
        if (contacts.isEmpty()) {
            return;
        }
        List<UUID> customers = new ArrayList<>(contacts.size());
        List<UUID> firsts = new ArrayList<>(contacts.size());
        contacts.forEach((customerId, theirs) -> {
            customers.add(customerId);
            firsts.add(theirs.stream().filter(c -> !c.voided() && c.outcome() != Outcome.NO_RESPONSE)
                    .min(Contact.ORDER).map(Contact::id).orElse(null));
        });
        sql.update("""
                update rm_interaction i set first_active = coalesce(i.interaction_id = f.first_id, false)
                from unnest(?::uuid[], ?::uuid[]) as f (customer_id, first_id)
                where i.customer_id = f.customer_id and i.first_active <> coalesce(i.interaction_id = f.first_id, false)""",
                Sql.array(customers), Sql.array(firsts));
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

    private static <T> Object column(List<T> events, Function<T, ?> field) {
        return Sql.array(events.stream().map(field).toList());
    }

    private static IllegalStateException sharedCase(UUID caseId) {
        return new IllegalStateException("case " + caseId + " is named by contacts of several customers; the batch "
                + "is applied one event at a time instead");
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
