package rapport.system.month;

import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import rapport.kpi.expected.TeamHistory;
import rapport.kpi.expected.TeamHistory.Contact;
import rapport.kpi.expected.TeamHistory.Promise;
import rapport.kpi.expected.TeamHistory.Step;

/**
 * Sends a {@link MonthPlan} through customer-service's API as a team would, then what the team does
 * today: complaint steps and follow-up promises kept, kept late or missed. Records exactly what it
 * sent, with the ids and times the service stored, as a {@link TeamHistory}, and works out which
 * survey invitations the resolutions call for ({@link MonthFeedback} answers them).
 */
final class ServiceMonth {

    private static final List<String> STEPS = List.of("ACKNOWLEDGE", "APOLOGISE", "ACT", "ASSURE");
    private static final Duration SHORT_PROMISE = Duration.ofSeconds(20);

    private final TeamApi api;
    private final MonthPlan plan;
    private final Random random;
    private final List<UUID> customers = new ArrayList<>();
    private final Map<Integer, UUID> caseIds = new LinkedHashMap<>();
    private final Map<UUID, Contact> contacts = new LinkedHashMap<>();
    private final Map<UUID, Promise> promises = new LinkedHashMap<>();
    private final List<Promise> toCompleteLate = new ArrayList<>();
    private final CaseResolutions resolutions = new CaseResolutions();
    private final Set<String> invitationsDue = new HashSet<>();
    private final List<Step> steps = new ArrayList<>();
    private long sequence;

    ServiceMonth(TeamApi api, MonthPlan plan, Random random) {
        this.api = api;
        this.plan = plan;
        this.random = random;
    }

    /** Customers, then every planned contact in the order the team enters them, then the planned voids. */
    void logTheMonth(String team) {
        for (int i = 0; i < plan.customers.size(); i++) {
            MonthPlan.Customer customer = plan.customers.get(i);
            Map<String, Object> body = new HashMap<>(Map.of("displayName", "Customer " + i,
                    "kind", customer.internal() ? "INTERNAL" : "EXTERNAL", "surveyConsent", customer.surveyConsent()));
            if (customer.surveyConsent()) {
                body.put("email", "customer-" + i + "-" + team + "@example.org");
            }
            customers.add(api.register(body));
        }
        List<UUID> logged = new ArrayList<>();
        for (MonthPlan.Contact planned : plan.contacts) {
            logged.add(log(planned));
        }
        for (int i = 0; i < plan.contacts.size(); i++) {
            if (plan.contacts.get(i).voided()) {
                api.voidContact(logged.get(i), "Logged twice by mistake");
                Contact c = contacts.get(logged.get(i));
                apply(new Contact(c.id(), c.customer(), c.caseId(), c.agent(), c.occurredAt(), c.loggedAt(),
                        c.sequence(), c.channel(), c.direction(), c.category(), c.outcome(), c.minutes(), true));
            }
        }
    }

    private UUID log(MonthPlan.Contact planned) {
        Map<String, Object> body = new HashMap<>(Map.of("occurredAt", planned.occurredAt().toString(),
                "channel", planned.channel(), "direction", planned.direction(), "category", planned.category(),
                "outcome", planned.outcome(), "agent", planned.agent(),
                "summary", "About a " + planned.category().toLowerCase() + " (" + planned.outcome() + ")"));
        if (planned.minutes() != null) {
            body.put("durationMinutes", planned.minutes());
        }
        UUID caseId = caseIds.get(planned.caseKey());
        if (caseId != null) {
            body.put("caseId", caseId.toString());
        }
        JsonPath stored = api.log(customers.get(planned.customer()), body);
        caseIds.putIfAbsent(planned.caseKey(), UUID.fromString(stored.getString("caseId")));
        Contact contact = new Contact(UUID.fromString(stored.getString("id")), customers.get(planned.customer()),
                caseIds.get(planned.caseKey()), planned.agent(), planned.occurredAt(),
                Instant.parse(stored.getString("loggedAt")), ++sequence, planned.channel(), planned.direction(),
                planned.category(), planned.outcome(), planned.minutes(), false);
        apply(contact);
        return contact.id();
    }

    /** Records the contact as it now stands and, for a consenting customer, the invitation a new resolution brings. */
    private void apply(Contact contact) {
        contacts.put(contact.id(), contact);
        int resolution = resolutions.apply(contact);
        if (resolution > 0 && plan.customers.get(customers.indexOf(contact.customer())).surveyConsent()) {
            invitationsDue.add(contact.caseId() + "#" + resolution);
        }
    }

    /** Three steps in four recorded, ten minutes after the opener, on each case whose opener is a complaint. */
    void recordComplaintSteps() {
        for (UUID caseId : caseIds.values()) {
            List<Contact> ordered = contactsOf(caseId);
            if (ordered.isEmpty() || !"COMPLAINT".equals(ordered.getFirst().category())) {
                continue;
            }
            Contact opener = ordered.getFirst();
            for (String step : STEPS) {
                if (random.nextDouble() < 0.75) {
                    Instant at = opener.occurredAt().plus(10, ChronoUnit.MINUTES);
                    api.recordStep(caseId, step, at);
                    steps.add(new Step(caseId, opener.customer(), step, at));
                }
            }
        }
    }

    /**
     * Promises made today from a dozen contacts: due in 20 seconds (kept at once, kept late, or
     * missed) or tomorrow (kept at once, or still open).
     */
    void promiseFollowUps() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Contact> from = contacts.values().stream().filter(c -> !c.voided()).toList();
        for (int i = 0; i < 12; i++) {
            Contact contact = from.get(random.nextInt(from.size()));
            boolean soon = i % 5 < 3;
            Instant due = soon ? now.plus(SHORT_PROMISE) : now.plus(1, ChronoUnit.DAYS);
            JsonPath made = api.promise(contact.customer(), Map.of("promise", "Call back", "agent", contact.agent(),
                    "dueAt", due.toString(), "interactionId", contact.id().toString()));
            Promise promise = new Promise(UUID.fromString(made.getString("id")), contact.customer(), contact.id(),
                    contact.caseId(), contact.agent(), Instant.parse(made.getString("promisedAt")), due, null);
            promises.put(promise.id(), promise);
            switch (i % 5) {
                case 0, 3 -> complete(promise);
                case 1 -> toCompleteLate.add(promise);
                default -> { }
            }
        }
    }

    /** Keeps the promises meant to be kept late, once they are overdue. */
    void completeLatePromises() {
        Instant lastDue = toCompleteLate.stream().map(Promise::dueAt).max(Comparator.naturalOrder()).orElseThrow();
        await().atMost(SHORT_PROMISE.plusSeconds(10)).until(() -> Instant.now().isAfter(lastDue.plusSeconds(1)));
        toCompleteLate.forEach(this::complete);
    }

    private void complete(Promise promise) {
        Instant completedAt = Instant.parse(api.complete(promise.id()).getString("completedAt"));
        promises.put(promise.id(), new Promise(promise.id(), promise.customer(), promise.interaction(),
                promise.caseId(), promise.agent(), promise.promisedAt(), promise.dueAt(), completedAt));
    }

    List<UUID> customers() {
        return customers;
    }

    List<UUID> consentingCustomers() {
        return customers.stream().filter(c -> plan.customers.get(customers.indexOf(c)).surveyConsent()).toList();
    }

    /** The cases, in the order they were opened. */
    Collection<UUID> cases() {
        return caseIds.values();
    }

    /** The case's contacts that are not voided, in the case's order (the first opens it). */
    List<Contact> contactsOf(UUID caseId) {
        return contacts.values().stream().filter(c -> c.caseId().equals(caseId) && !c.voided())
                .sorted(Comparator.comparing(Contact::occurredAt).thenComparingLong(Contact::sequence)).toList();
    }

    /** "caseId#resolution" of every resolution of a consenting customer's case: each calls for one invitation. */
    Set<String> invitationsDue() {
        return invitationsDue;
    }

    /** The contacts, complaint steps and promises sent, as the independent KPI computation reads them. */
    TeamHistory history() {
        TeamHistory history = new TeamHistory();
        history.contacts.addAll(contacts.values());
        history.promises.addAll(promises.values());
        history.steps.addAll(steps);
        return history;
    }
}
