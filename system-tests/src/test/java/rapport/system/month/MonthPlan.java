package rapport.system.month;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A seeded-random plan of a team's contacts around one calendar month of its time zone: customers
 * with one to four cases each, opened over the previous period of the same length (retention's
 * P′), the month itself and the days after it up to now; follow-up contacts in and out, repeat
 * cases of the same category within the FCR window, contacts entered days late, contacts dated
 * before a case's first one (which then open it), openers half an hour either side of the month's
 * boundaries, and voids. Plain data in the order the team logs it; {@link ServiceMonth} sends it.
 */
final class MonthPlan {

    static final List<String> AGENTS = List.of("ann", "bob", "cat");
    static final List<String> CHANNELS = List.of("PHONE", "EMAIL", "CHAT", "FACE_TO_FACE", "SOCIAL");
    static final List<String> CATEGORIES = List.of("ENQUIRY", "ENQUIRY", "COMPLAINT", "COMPLAINT", "REQUEST", "SALE",
            "COMPLIMENT", "OTHER");

    record Customer(boolean surveyConsent, boolean internal) {
    }

    /** {@code enteredAt}: when the team gets round to logging it; only the order it gives matters. */
    record Contact(int customer, int caseKey, Instant occurredAt, Instant enteredAt, String agent, String channel,
            String direction, String category, String outcome, Integer minutes, boolean voided) {
    }

    final List<Customer> customers = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    private final Random random;
    private final Instant previousStart;
    private final Instant monthStart;
    private final Instant monthEnd;
    private final Instant latest;
    private int cases;

    MonthPlan(Random random, LocalDate from, LocalDate to, ZoneId zone, Instant now, int customerCount) {
        this.random = random;
        this.previousStart = from.minusDays(ChronoUnit.DAYS.between(from, to)).atStartOfDay(zone).toInstant();
        this.monthStart = from.atStartOfDay(zone).toInstant();
        this.monthEnd = to.atStartOfDay(zone).toInstant();
        this.latest = now.minus(30, ChronoUnit.MINUTES);
        for (int c = 0; c < customerCount; c++) {
            customers.add(new Customer(random.nextDouble() < 0.25, random.nextDouble() < 0.1));
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                addCase(c, openedAt(), pick(CATEGORIES), random.nextDouble() < 0.85, outcome(0.6), true);
            }
        }
        int customer = 0;
        for (Instant boundary : List.of(monthStart, monthEnd)) {
            for (int minutes : new int[] { -30, 30 }) {
                addCase(customer++, boundary.plus(minutes, ChronoUnit.MINUTES), "SALE", true, "RESOLVED", false);
            }
        }
        contacts.removeIf(c -> c.occurredAt().isAfter(latest));
        contacts.sort(Comparator.comparing(Contact::enteredAt));
    }

    /** One case in five in P′, three in the month, one after it. */
    private Instant openedAt() {
        double r = random.nextDouble();
        return r < 0.2 ? between(previousStart, monthStart) : r < 0.8 ? between(monthStart, monthEnd)
                : between(monthEnd, latest);
    }

    private void addCase(int customer, Instant openedAt, String category, boolean inbound, String outcome,
            boolean eventful) {
        int key = cases++;
        String channel = pick(CHANNELS);
        add(customer, key, openedAt, pick(AGENTS), channel, inbound ? "INBOUND" : "OUTBOUND", category, outcome);
        if (!eventful) {
            return;
        }
        Instant at = openedAt;
        for (int i = random.nextInt(3); i > 0; i--) {
            at = at.plusSeconds(1800 + (long) (random.nextDouble() * 5 * 86400));
            boolean customerCame = random.nextBoolean();
            add(customer, key, at, pick(AGENTS), pick(CHANNELS), customerCame ? "INBOUND" : "OUTBOUND",
                    customerCame ? category : "FOLLOW_UP", outcome(0.5));
        }
        if (random.nextDouble() < 0.06) {
            // an earlier contact about the same issue, entered two days late: it becomes the case's opener
            contacts.add(new Contact(customer, key, openedAt.minus(2, ChronoUnit.HOURS),
                    openedAt.plus(2, ChronoUnit.DAYS), pick(AGENTS), channel, "INBOUND", pick(CATEGORIES),
                    outcome(0.3), minutes(), false));
        }
        if (random.nextDouble() < 0.15) {
            // the customer comes back about the same thing as a new case, within the repeat window
            addCase(customer, openedAt.plusSeconds(86400 + (long) (random.nextDouble() * 5 * 86400)), category, true,
                    outcome(0.6), false);
        }
    }

    private void add(int customer, int caseKey, Instant at, String agent, String channel, String direction,
            String category, String outcome) {
        long delay = random.nextDouble() < 0.15 ? (long) (random.nextDouble() * 3 * 86400) : 60 + random.nextInt(600);
        contacts.add(new Contact(customer, caseKey, at, at.plusSeconds(delay), agent, channel, direction, category,
                outcome, minutes(), random.nextDouble() < 0.05));
    }

    private Integer minutes() {
        return random.nextDouble() < 0.2 ? null : 1 + random.nextInt(45);
    }

    private String outcome(double resolved) {
        if (random.nextDouble() < resolved) {
            return "RESOLVED";
        }
        return pick(List.of("FOLLOW_UP_REQUIRED", "FOLLOW_UP_REQUIRED", "ESCALATED", "REFERRED", "INFO_ONLY",
                "NO_RESPONSE"));
    }

    private Instant between(Instant from, Instant to) {
        return from.plusSeconds((long) (random.nextDouble() * (to.getEpochSecond() - from.getEpochSecond())))
                .truncatedTo(ChronoUnit.SECONDS);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
