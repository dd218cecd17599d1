package rapport.console.customers;

import java.util.ArrayList;
import java.util.List;
import rapport.console.services.customers.ComplaintStepRecord;
import rapport.console.services.customers.Contact;
import rapport.console.services.customers.FollowUp;
import rapport.console.services.customers.SupportCase;
import rapport.console.services.feedback.SurveyResponse;
import rapport.console.shell.Labels;
import rapport.console.shell.TemplateExtensions;

/** A customer's journey: everything the services know happened with them, on one timeline across channels. */
final class Journey {

    private Journey() {
    }

    static List<JourneyEntry> of(String base, List<Contact> contacts, List<SupportCase> cases,
            List<ComplaintStepRecord> steps, List<FollowUp> followUps, List<SurveyResponse> responses) {
        List<JourneyEntry> entries = new ArrayList<>();
        for (Contact c : contacts) {
            String what = label(c.category()) + " · " + label(c.direction()) + " · " + label(c.outcome())
                    + (c.voided() ? " · voided" : "");
            entries.add(new JourneyEntry(c.occurredAt(), "Contact", what, c.summary(), label(c.channel()),
                    c.caseId() == null ? null : base + "/cases/" + c.caseId()));
        }
        for (SupportCase c : cases) {
            String link = base + "/cases/" + c.id();
            if (c.openedAt() != null) {
                entries.add(new JourneyEntry(c.openedAt(), "Case opened", label(c.category()) + " case", null, null, link));
            }
            if (c.resolvedAt() != null) {
                entries.add(new JourneyEntry(c.resolvedAt(), "Case resolved", label(c.category()) + " case",
                        c.reopenCount() > 0 ? "reopened " + c.reopenCount() + " time(s)" : null, null, link));
            }
        }
        steps.forEach(s -> entries.add(new JourneyEntry(s.at(), "Complaint step", label(s.step()), "by " + s.agent(),
                null, base + "/cases/" + s.caseId())));
        for (FollowUp f : followUps) {
            Object due = f.dueAt() == null ? "" : " (due " + TemplateExtensions.inputValue(f.dueAt()).replace('T', ' ') + ")";
            entries.add(new JourneyEntry(f.promisedAt(), "Promise made", f.promise() + due, "by " + f.agent(), null, null));
            if (f.completedAt() != null) {
                boolean late = f.dueAt() != null && f.completedAt().isAfter(f.dueAt());
                entries.add(new JourneyEntry(f.completedAt(), "Promise kept", f.promise(), late ? "late" : "on time",
                        null, null));
            }
        }
        for (SurveyResponse r : responses) {
            entries.add(new JourneyEntry(r.submittedAt(), "Survey answer", scores(r), r.answers().comment(),
                    r.channel() == null ? null : r.channel(), null));
        }
        entries.removeIf(e -> e.at() == null);
        entries.sort(JourneyEntry.NEWEST_FIRST);
        return entries;
    }

    private static String scores(SurveyResponse r) {
        List<String> parts = new ArrayList<>();
        if (r.answers().csat() != null) {
            parts.add("CSAT " + r.answers().csat() + "/5");
        }
        if (r.answers().nps() != null) {
            parts.add("NPS " + r.answers().nps() + "/10");
        }
        if (r.answers().ces() != null) {
            parts.add("CES " + r.answers().ces() + "/7");
        }
        parts.add("via " + label(r.source()));
        return String.join(" · ", parts);
    }

    private static String label(Object value) {
        return Labels.of(value);
    }
}
