package rapport.demo.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * One case as a script writes it: its contacts in time order, complaint steps and promises. Anything a script
 * places after today has not happened yet, so {@link #happenedBy} cuts it off (the case stays open, a promise
 * whose call-back lies ahead stays open).
 */
final class CaseDraft {

    record Contact(Moment at, Channel channel, Direction direction, Category category, Outcome outcome,
            String summary, Integer durationMinutes, List<String> techniques, String agent) {
    }

    /** A promise made in one contact and, unless {@code keptIn} is null, kept by another (the call back). */
    record Promise(Contact madeIn, String promise, String promisedTo, Moment dueAt, Contact keptIn, String agent) {
    }

    final Persona persona;
    final Scenario scenario;
    final List<Contact> contacts = new ArrayList<>();
    final List<PlannedCase.Step> steps = new ArrayList<>();
    final List<Promise> promises = new ArrayList<>();

    CaseDraft(Persona persona, Scenario scenario) {
        this.persona = persona;
        this.scenario = scenario;
    }

    Contact add(Contact contact) {
        if (!contacts.isEmpty() && !contact.at().isAfter(contacts.getLast().at())) {
            throw new IllegalStateException(scenario + ": contacts out of order at " + contact.at());
        }
        contacts.add(contact);
        return contact;
    }

    void step(ComplaintStep step, Moment at, String agent) {
        steps.add(new PlannedCase.Step(step, at, agent));
    }

    void promise(Contact madeIn, String promise, String promisedTo, Moment dueAt, Contact keptIn) {
        promises.add(new Promise(madeIn, promise, promisedTo, dueAt, keptIn, madeIn.agent()));
    }

    Category category() {
        return contacts.getFirst().category();
    }

    Moment start() {
        return contacts.getFirst().at();
    }

    /** This case as far as it has happened by the end of {@code lastDay}. */
    CaseDraft happenedBy(int lastDay) {
        CaseDraft cut = new CaseDraft(persona, scenario);
        contacts.stream().filter(c -> c.at().day() <= lastDay).forEach(cut.contacts::add);
        steps.stream().filter(s -> s.at().day() <= lastDay).forEach(cut.steps::add);
        for (Promise promise : promises) {
            if (cut.contacts.contains(promise.madeIn())) {
                boolean kept = promise.keptIn() != null && cut.contacts.contains(promise.keptIn());
                cut.promises.add(kept ? promise : new Promise(promise.madeIn(), promise.promise(),
                        promise.promisedTo(), promise.dueAt(), null, promise.agent()));
            }
        }
        return cut;
    }

    /** The contact whose outcome last made the case RESOLVED, if the case ends resolved. */
    Contact finalResolution() {
        CaseStatus status = new CaseStatus();
        Contact resolving = null;
        for (Contact contact : contacts) {
            if (status.apply(contact.direction(), contact.outcome())) {
                resolving = contact;
            }
        }
        return status.resolved ? resolving : null;
    }

    /**
     * A case's status as customer-service works it out (docs/customer-service.md, "Cases"); the planner needs it
     * only to know which cases end resolved, and so which are surveyed.
     */
    private static final class CaseStatus {
        boolean resolved;

        /** Applies one contact; true if it made the case RESOLVED from OPEN. */
        boolean apply(Direction direction, Outcome outcome) {
            boolean was = resolved;
            switch (outcome) {
                case RESOLVED -> resolved = true;
                case FOLLOW_UP_REQUIRED, ESCALATED, REFERRED -> resolved = false;
                case INFO_ONLY, NO_RESPONSE -> resolved = resolved && direction == Direction.OUTBOUND;
            }
            return resolved && !was;
        }
    }
}
