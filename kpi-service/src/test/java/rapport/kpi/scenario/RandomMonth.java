package rapport.kpi.scenario;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import rapport.kpi.expected.TeamHistory;
import rapport.kpi.expected.TeamHistory.Contact;
import rapport.kpi.expected.TeamHistory.Invitation;
import rapport.kpi.expected.TeamHistory.Promise;
import rapport.kpi.expected.TeamHistory.Response;
import rapport.kpi.expected.TeamHistory.Step;

/**
 * A seeded-random, realistic month of a team's work: customers with cases over the month before,
 * the month itself and ten days after; follow-ups, backdated contacts, voids, complaint steps,
 * promises, survey invitations and answers. Plain data: the scenario test publishes it as events
 * and computes the expected KPIs from it on its own.
 */
final class RandomMonth {

    static final List<String> AGENTS = List.of("ann", "bob", "cat");
    static final List<String> CHANNELS = List.of("PHONE", "EMAIL", "CHAT", "FACE_TO_FACE", "SOCIAL");
    static final List<String> CATEGORIES = List.of("ENQUIRY", "ENQUIRY", "COMPLAINT", "REQUEST", "REQUEST", "SALE",
            "COMPLIMENT", "OTHER");
    static final List<String> STEPS = List.of("ACKNOWLEDGE", "APOLOGISE", "ACT", "ASSURE");

    final LocalDate from;
    final LocalDate to;
    final ZoneId zone;
    final TeamHistory history = new TeamHistory();
    private final Random random;
    private long sequence;

    RandomMonth(long seed, LocalDate from, ZoneId zone, int customers) {
        this.random = new Random(seed);
        this.from = from;
        this.to = from.plusMonths(1);
        this.zone = zone;
        Instant start = from.minusMonths(1).atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(10).atStartOfDay(zone).toInstant();
        for (int c = 0; c < customers; c++) {
            UUID customer = UUID.randomUUID();
            int cases = random.nextInt(5);
            for (int k = 0; k < cases; k++) {
                Instant at = start.plusSeconds((long) (random.nextDouble() * Duration.between(start, end).toSeconds()));
                addCase(customer, at);
            }
        }
        history.contacts.sort(Comparator.comparing(Contact::loggedAt));
    }

    private void addCase(UUID customer, Instant openedAt) {
        UUID caseId = UUID.randomUUID();
        String category = pick(CATEGORIES);
        String agent = pick(AGENTS);
        String channel = pick(CHANNELS);
        boolean inbound = random.nextDouble() < 0.85;
        List<Contact> caseContacts = new ArrayList<>();
        caseContacts.add(contact(customer, caseId, agent, openedAt, channel, inbound ? "INBOUND" : "OUTBOUND", category,
                outcome(0.6)));
        Instant at = openedAt;
        int followUps = random.nextInt(4);
        for (int i = 0; i < followUps; i++) {
            at = at.plusSeconds(1800 + (long) (random.nextDouble() * 12 * 86400));
            boolean customerCame = random.nextBoolean();
            caseContacts.add(contact(customer, caseId, pick(AGENTS), at, pick(CHANNELS),
                    customerCame ? "INBOUND" : "OUTBOUND", customerCame ? category : "FOLLOW_UP", outcome(0.5)));
        }
        history.contacts.addAll(caseContacts);
        Set<String> recorded = new HashSet<>();
        if ("COMPLAINT".equals(category)) {
            for (String step : STEPS) {
                if (random.nextDouble() < 0.75 && recorded.add(step)) {
                    history.steps.add(new Step(caseId, customer, step, openedAt.plusSeconds(600)));
                }
            }
        }
        for (Contact contact : caseContacts) {
            if ("FOLLOW_UP_REQUIRED".equals(contact.outcome()) && random.nextDouble() < 0.8) {
                addPromise(contact);
            }
        }
        caseContacts.stream().filter(c -> "RESOLVED".equals(c.outcome()) && !c.voided()).findFirst()
                .filter(resolved -> random.nextDouble() < 0.75)
                .ifPresent(resolved -> invite(customer, caseId, resolved));
    }

    private Contact contact(UUID customer, UUID caseId, String agent, Instant at, String channel, String direction,
            String category, String outcome) {
        // most contacts are logged within minutes; some are entered days later (backdated)
        long delay = random.nextDouble() < 0.15 ? (long) (random.nextDouble() * 3 * 86400) : 60 + random.nextInt(600);
        Integer minutes = random.nextDouble() < 0.2 ? null : 1 + random.nextInt(45);
        return new Contact(UUID.randomUUID(), customer, caseId, agent, at, at.plusSeconds(delay), ++sequence, channel,
                direction, category, outcome, minutes, random.nextDouble() < 0.05);
    }

    private String outcome(double resolved) {
        double r = random.nextDouble();
        if (r < resolved) {
            return "RESOLVED";
        }
        return pick(List.of("FOLLOW_UP_REQUIRED", "FOLLOW_UP_REQUIRED", "ESCALATED", "REFERRED", "INFO_ONLY",
                "NO_RESPONSE"));
    }

    private void addPromise(Contact contact) {
        Instant due = contact.occurredAt().plusSeconds(86400L * (1 + random.nextInt(3)));
        Instant completed = null;
        double r = random.nextDouble();
        if (r < 0.55) {
            completed = due.minusSeconds(random.nextInt(20 * 3600));
        } else if (r < 0.75) {
            completed = due.plusSeconds(1 + random.nextInt(48 * 3600));
        }
        history.promises.add(new Promise(UUID.randomUUID(), contact.customer(), contact.id(), contact.caseId(), contact.agent(),
                contact.occurredAt(), due, completed));
    }

    private void invite(UUID customer, UUID caseId, Contact resolved) {
        Instant sent = resolved.occurredAt().plusSeconds(3600);
        Invitation invitation = new Invitation(UUID.randomUUID(), customer, caseId, resolved.agent(),
                resolved.channel(), sent);
        history.invitations.add(invitation);
        if (random.nextDouble() < 0.6) {
            Instant submitted = sent.plusSeconds(600 + random.nextInt(5 * 86400));
            Integer[] rater = new Integer[5];
            for (int i = 0; i < 5; i++) {
                rater[i] = random.nextDouble() < 0.8 ? 1 + random.nextInt(5) : null;
            }
            history.responses.add(new Response(UUID.randomUUID(), customer, invitation.id(), caseId, resolved.agent(),
                    resolved.channel(), submitted, random.nextDouble() < 0.9 ? 1 + random.nextInt(5) : null,
                    random.nextDouble() < 0.9 ? random.nextInt(11) : null,
                    random.nextDouble() < 0.7 ? 1 + random.nextInt(7) : null, rater,
                    random.nextDouble() < 0.3 ? "Comment number " + random.nextInt(1000) : null));
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
