package rapport.demo.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the demo placement: the service desk of Hartley Road Garage (fictitious) over the last {@value #DAYS} days,
 * with three learners, {@value #CUSTOMERS} customers, their contacts, cases, complaint steps, promises and survey
 * answers, and two improvement actions ({@link Story}). A pure function of the seed: no clock, no I/O.
 */
public final class PlacementPlanner {

    /** Thirteen weeks, today included: day -90 to day 0. */
    public static final int DAYS = 91;
    public static final int CUSTOMERS = Cast.MOTORISTS + Cast.FLEETS + Cast.COLLEAGUES;

    private PlacementPlanner() {
    }

    public static List<String> learners() {
        return Desk.LEARNERS;
    }

    public static Placement plan(long seed) {
        Dice dice = new Dice(seed);
        List<Persona> personas = new Cast(dice).personas();
        Desk desk = new Desk(dice);
        Story story = new Story(dice);
        Scripts scripts = new Scripts(dice, desk, story);

        record Start(Persona persona, Scenario scenario, int day, String agent) {
        }
        List<Start> starts = new ArrayList<>();
        for (Persona persona : personas) {
            for (int i = 0; i < persona.cases(); i++) {
                int day = persona.leftEarly() ? dice.between(-(DAYS - 1), -62) : dice.between(-(DAYS - 1), 0);
                starts.add(new Start(persona, Scenario.pickFor(persona, dice), day, desk.anyLearner()));
            }
        }
        // the story's decks are drawn in the order cases happen, so each window gets its share
        starts.sort(Comparator.comparingInt(Start::day));
        List<CaseDraft> cases = new ArrayList<>();
        for (Start start : starts) {
            cases.add(scripts.write(start.persona(), start.scenario(), start.day(), start.agent()).happenedBy(0));
        }
        Map<CaseDraft, Surveys.Draft> answers = new Surveys(dice, story).plan(cases);

        Map<Persona, List<CaseDraft>> byPersona = new LinkedHashMap<>();
        personas.forEach(p -> byPersona.put(p, new ArrayList<>()));
        cases.forEach(c -> byPersona.get(c.persona).add(c));
        List<PlannedCustomer> customers = new ArrayList<>();
        byPersona.forEach((persona, own) -> customers.add(customer(persona, own, answers)));
        return new Placement(seed, DAYS, Desk.LEARNERS, customers, Story.improvements());
    }

    /** One customer's cases merged into one timeline of contacts, strictly increasing in time. */
    private static PlannedCustomer customer(Persona persona, List<CaseDraft> drafts,
            Map<CaseDraft, Surveys.Draft> answers) {
        List<CaseDraft> ordered = new ArrayList<>(drafts);
        ordered.sort(Comparator.comparing(CaseDraft::start));
        record Entry(CaseDraft.Contact contact, int caseNumber) {
        }
        List<Entry> entries = new ArrayList<>();
        for (int n = 0; n < ordered.size(); n++) {
            for (CaseDraft.Contact contact : ordered.get(n).contacts) {
                entries.add(new Entry(contact, n));
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.contact().at()).thenComparingInt(Entry::caseNumber));

        List<PlannedContact> contacts = new ArrayList<>();
        Map<CaseDraft.Contact, Integer> numbers = new IdentityHashMap<>();
        boolean[] opened = new boolean[ordered.size()];
        Moment previous = null;
        for (Entry entry : entries) {
            CaseDraft.Contact c = entry.contact();
            // two contacts of one customer in the same minute: the later-logged one a minute on, keeping the order
            Moment at = previous != null && !c.at().isAfter(previous) ? previous.plusMinutes(1) : c.at();
            numbers.put(c, contacts.size());
            contacts.add(new PlannedContact(entry.caseNumber(), !opened[entry.caseNumber()], at, c.channel(),
                    c.direction(), c.category(), c.outcome(), c.summary(), c.durationMinutes(), c.techniques(),
                    c.agent()));
            opened[entry.caseNumber()] = true;
            previous = at;
        }

        List<PlannedCase> cases = new ArrayList<>();
        List<PlannedPromise> promises = new ArrayList<>();
        List<PlannedResponse> responses = new ArrayList<>();
        for (int n = 0; n < ordered.size(); n++) {
            CaseDraft draft = ordered.get(n);
            List<PlannedCase.Step> steps = new ArrayList<>(draft.steps);
            steps.sort(Comparator.comparing(PlannedCase.Step::at));
            cases.add(new PlannedCase(draft.category(), steps));
            for (CaseDraft.Promise p : draft.promises) {
                int made = numbers.get(p.madeIn());
                Moment completed = p.keptIn() == null ? null
                        : contacts.get(numbers.get(p.keptIn())).at().plusMinutes(1);
                promises.add(new PlannedPromise(made, p.promise(), p.promisedTo(), contacts.get(made).at(),
                        p.dueAt(), completed, p.agent()));
            }
            Surveys.Draft answer = answers.get(draft);
            if (answer != null) {
                responses.add(new PlannedResponse(n, answer.source(), answer.submittedAt(), answer.answers(),
                        answer.agent(), answer.channel()));
            }
        }
        promises.sort(Comparator.comparing(PlannedPromise::promisedAt));
        responses.sort(Comparator.comparing(PlannedResponse::submittedAt));
        return new PlannedCustomer(persona.key(), persona.profile(), contacts, cases, promises, responses);
    }
}
