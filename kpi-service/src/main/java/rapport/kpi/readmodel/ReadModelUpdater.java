package rapport.kpi.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import rapport.events.customer.ComplaintStepRecorded;
import rapport.events.customer.CustomerErased;
import rapport.events.customer.FollowUpCompleted;
import rapport.events.customer.FollowUpPromised;
import rapport.events.feedback.FeedbackSubmitted;
import rapport.events.feedback.InvitationSent;
import rapport.kpi.common.Sql;
import rapport.messaging.keys.DataKeys;

/**
 * Applies events to the read model. Every method is an upsert, idempotent on its own, and correct
 * in any arrival order: facts are stored as they were published and everything derived from
 * several of them is derived again from the stored facts.
 */
@ApplicationScoped
public class ReadModelUpdater {

    @Inject
    Sql sql;

    @Inject
    DataKeys keys;

    @Transactional(Transactional.TxType.MANDATORY)
    public void customer(UUID customerId, String teamId, String kind, String valueSegment, Instant at) {
        // kind and value segment only: names, e-mails and phones in the event are never stored here. The
        // latest event wins (events of one customer arrive in order), so the KPI filters use the customer's
        // current kind and segment (docs/kpi-definitions.md, "Filters").
        sql.update("""
                insert into rm_customer (customer_id, team_id, kind, value_segment, registered_at) values (?, ?, ?, ?, ?)
                on conflict (customer_id) do update set kind = excluded.kind, value_segment = excluded.value_segment,
                    team_id = excluded.team_id, registered_at = least(rm_customer.registered_at, excluded.registered_at)""",
                customerId, teamId, kind, valueSegment, at);
    }

    /**
     * Keeps the customer's name as the event carried it, protected with the customer's data key, unless the
     * customer was erased; it is decrypted only to mask the name in comments of an export (docs/erasure.md).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void customerName(UUID customerId, String protectedName) {
        if (protectedName != null) {
            sql.update("""
                    insert into rm_customer_name (customer_id, protected_name)
                    select ?, ? where not exists (select 1 from rm_erased_customer where customer_id = ?)
                    on conflict do nothing""", customerId, protectedName, customerId);
        }
    }

    /**
     * Right to erasure: the customer's comments and names go, and any that arrive later are dropped; so does this
     * service's copy of the customer's data key, so that nothing of theirs on the topics decrypts here again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void customerErased(CustomerErased event) {
        sql.update("""
                insert into rm_erased_customer (customer_id, team_id, erased_at) values (?, ?, ?)
                on conflict (customer_id) do nothing""", event.customerId(), event.teamId(), event.erasedAt());
        sql.update("update rm_response set comment = null where customer_id = ?", event.customerId());
        sql.update("delete from rm_customer_name where customer_id = ?", event.customerId());
        keys.forget(event.customerId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void complaintStep(ComplaintStepRecorded event) {
        sql.update("""
                insert into rm_complaint_step (case_id, step, team_id, recorded_at) values (?, ?, ?, ?)
                on conflict (case_id, step) do nothing""", event.caseId(), event.step(), event.teamId(),
                event.recordedAt());
        sql.update("""
                update rm_case set complaint_steps = (select count(*) from rm_complaint_step s where s.case_id = ?)
                where case_id = ?""", event.caseId(), event.caseId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void followUpPromised(FollowUpPromised event) {
        sql.update("""
                insert into rm_promise (promise_id, team_id, customer_id, interaction_id, case_id, agent, promised_at,
                    due_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (promise_id) do update set interaction_id = excluded.interaction_id,
                    case_id = excluded.case_id, agent = excluded.agent, promised_at = excluded.promised_at,
                    due_at = excluded.due_at""",
                event.promiseId(), event.teamId(), event.customerId(), event.interactionId(), event.caseId(),
                event.agent(), event.promisedAt(), event.dueAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void followUpCompleted(FollowUpCompleted event) {
        sql.update("""
                insert into rm_promise (promise_id, team_id, customer_id, completed_at) values (?, ?, ?, ?)
                on conflict (promise_id) do update set completed_at = excluded.completed_at""",
                event.promiseId(), event.teamId(), event.customerId(), event.completedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void invitationSent(InvitationSent event) {
        sql.update("""
                insert into rm_invitation (invitation_id, team_id, customer_id, case_id, agent, channel, sent_at,
                    answered)
                values (?, ?, ?, ?, ?, ?, ?, exists (select 1 from rm_response r where r.invitation_id = ?))
                on conflict (invitation_id) do nothing""",
                event.invitationId(), event.teamId(), event.customerId(), event.caseId(), event.agent(),
                event.channel(), event.sentAt(), event.invitationId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void feedbackSubmitted(FeedbackSubmitted event) {
        FeedbackSubmitted.Rater rater = event.rater() == null
                ? new FeedbackSubmitted.Rater(null, null, null, null, null) : event.rater();
        String comment = event.comment() == null || event.comment().isBlank() ? null : event.comment();
        sql.update("""
                insert into rm_response (response_id, team_id, customer_id, invitation_id, case_id, agent, channel,
                    source, submitted_at, csat, nps, ces, rater_reliability, rater_assurance, rater_tangibles,
                    rater_empathy, rater_responsiveness, comment)
                select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                    case when exists (select 1 from rm_erased_customer e where e.customer_id = ?) then null
                         else ? end
                on conflict (response_id) do nothing""",
                event.responseId(), event.teamId(), event.customerId(), event.invitationId(), event.caseId(),
                event.agent(), event.channel(), event.source(), event.submittedAt(), event.csat(), event.nps(),
                event.ces(), rater.reliability(), rater.assurance(), rater.tangibles(), rater.empathy(),
                rater.responsiveness(), event.customerId(), comment);
        if (event.invitationId() != null) {
            sql.update("update rm_invitation set answered = true where invitation_id = ?", event.invitationId());
        }
    }

    /**
     * Empties the read model for a rebuild; kpi-service's own data (settings, improvement actions) stays, and so do
     * the data keys (libs/messaging's table): the replayed comments of customers not erased decrypt again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void clear() {
        sql.update("""
                truncate rm_customer, rm_erased_customer, rm_interaction, rm_voided_interaction, rm_case,
                    rm_complaint_step, rm_invitation, rm_response, rm_promise, rm_customer_name""");
    }
}
