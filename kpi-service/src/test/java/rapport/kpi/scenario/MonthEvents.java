package rapport.kpi.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import rapport.events.EventType;
import rapport.events.customer.ComplaintStepRecorded;
import rapport.events.customer.FollowUpCompleted;
import rapport.events.customer.FollowUpPromised;
import rapport.events.customer.InteractionLogged;
import rapport.events.customer.InteractionVoided;
import rapport.events.feedback.FeedbackSubmitted;
import rapport.events.feedback.InvitationSent;
import rapport.kpi.expected.TeamHistory;
import rapport.kpi.expected.TeamHistory.Contact;
import rapport.kpi.expected.TeamHistory.Invitation;
import rapport.kpi.expected.TeamHistory.Promise;
import rapport.kpi.expected.TeamHistory.Response;
import rapport.kpi.expected.TeamHistory.Step;
import rapport.kpi.support.Publisher.Sent;
import rapport.testing.TestEvents;

/** The month as contract-valid CloudEvents in a realistic order, feedback first (before the cases it is about). */
final class MonthEvents {

    private MonthEvents() {
    }

    static List<Sent> of(TeamHistory history, String team) {
        List<Sent> events = new ArrayList<>();
        for (Invitation i : history.invitations) {
            add(events, EventType.INVITATION_SENT, team, i.customer(), new InvitationSent(i.id(), i.customer(), team,
                    i.caseId(), null, i.agent(), i.channel(), "LINK", i.sentAt(), i.sentAt().plusSeconds(14 * 86400)));
        }
        for (Response r : history.responses) {
            Integer[] x = r.rater();
            add(events, EventType.FEEDBACK_SUBMITTED, team, r.customer(), new FeedbackSubmitted(r.id(), r.customer(),
                    team, r.invitation(), r.caseId(), null, r.agent(), r.channel(), "SURVEY_LINK", r.submittedAt(),
                    r.submittedAt(), r.csat(), r.nps(), r.ces(),
                    new FeedbackSubmitted.Rater(x[0], x[1], x[2], x[3], x[4]), r.comment()));
        }
        for (Contact c : history.contacts) {
            add(events, EventType.INTERACTION_LOGGED, team, c.customer(), new InteractionLogged(c.id(), c.customer(),
                    team, c.caseId(), c.category(), false, c.agent(), c.occurredAt(), c.loggedAt(), c.sequence(),
                    c.channel(), c.direction(), c.category(), c.outcome(), c.minutes(), List.of()));
        }
        for (Contact c : history.contacts) {
            if (c.voided()) {
                add(events, EventType.INTERACTION_VOIDED, team, c.customer(), new InteractionVoided(c.id(),
                        c.customer(), team, c.caseId(), "supervisor", c.loggedAt().plusSeconds(3600)));
            }
        }
        for (Step s : history.steps) {
            add(events, EventType.COMPLAINT_STEP_RECORDED, team, s.customer(), new ComplaintStepRecorded(s.caseId(),
                    s.customer(), team, s.step(), "ann", s.at()));
        }
        for (Promise p : history.promises) {
            add(events, EventType.FOLLOWUP_PROMISED, team, p.customer(), new FollowUpPromised(p.id(), p.customer(), team,
                    p.interaction(), p.caseId(), p.agent(), p.promisedAt(), p.dueAt()));
            if (p.completedAt() != null) {
                add(events, EventType.FOLLOWUP_COMPLETED, team, p.customer(), new FollowUpCompleted(p.id(),
                        p.customer(), team, p.agent(), p.completedAt()));
            }
        }
        return events;
    }

    private static void add(List<Sent> events, EventType type, String team, UUID customer, Record payload) {
        events.add(new Sent(type, customer, TestEvents.cloudEvent(type, team, customer, payload)));
    }
}
