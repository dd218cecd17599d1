package rapport.bench.interactions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contacts the generator logs: round the registered customers; a share of them names the
 * customer's current case (joining it, so the service locks and recomputes it), the rest open a new
 * case. A case takes at most four contacts, so cases stay the size they have in real use.
 */
final class Workload {

    private static final Pattern CASE_ID = Pattern.compile("\"caseId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final int CONTACTS_PER_CASE = 4;
    private static final String[] CHANNELS = { "PHONE", "EMAIL", "CHAT", "FACE_TO_FACE" };
    private static final String[] OUTCOMES = { "RESOLVED", "FOLLOW_UP_REQUIRED", "INFO_ONLY", "ESCALATED" };
    private static final String[] CATEGORIES = { "ENQUIRY", "COMPLAINT", "REQUEST", "FOLLOW_UP" };

    private final List<String> customers;
    private final double followUpShare;
    private final AtomicReferenceArray<CurrentCase> cases;

    private record CurrentCase(String id, int contacts) {
    }

    /** A contact to send: the customer and the JSON body. */
    record Contact(int slot, String customerId, String json) {
    }

    Workload(List<String> customers, double followUpShare) {
        this.customers = List.copyOf(customers);
        this.followUpShare = followUpShare;
        this.cases = new AtomicReferenceArray<>(customers.size());
    }

    Contact next(long n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int slot = (int) (n % customers.size());
        CurrentCase current = cases.get(slot);
        boolean join = current != null && current.contacts() < CONTACTS_PER_CASE && random.nextDouble() < followUpShare;
        String occurredAt = Instant.now().minusSeconds(random.nextInt(1, 3600)).truncatedTo(ChronoUnit.MILLIS).toString();
        String json = "{"
                + (join ? "\"caseId\":\"" + current.id() + "\"," : "")
                + "\"occurredAt\":\"" + occurredAt + "\","
                + "\"channel\":\"" + pick(CHANNELS, random) + "\","
                + "\"direction\":\"" + (random.nextInt(4) == 0 ? "OUTBOUND" : "INBOUND") + "\","
                + "\"category\":\"" + pick(CATEGORIES, random) + "\","
                + "\"outcome\":\"" + pick(OUTCOMES, random) + "\","
                + "\"summary\":\"Benchmark contact " + n + ": customer asked about their order\","
                + "\"durationMinutes\":" + random.nextInt(1, 30) + ","
                + "\"techniques\":[\"ACTIVE_LISTENING\",\"QUESTIONING\"]}";
        return new Contact(slot, customers.get(slot), json);
    }

    /** Remembers the case a logged contact belongs to, so later contacts can join it. */
    void logged(Contact contact, String responseBody) {
        Matcher matcher = CASE_ID.matcher(responseBody);
        if (!matcher.find()) {
            return;
        }
        String caseId = matcher.group(1);
        cases.updateAndGet(contact.slot(), current -> current != null && current.id().equals(caseId)
                ? new CurrentCase(caseId, current.contacts() + 1) : new CurrentCase(caseId, 1));
    }

    private static String pick(String[] values, ThreadLocalRandom random) {
        return values[random.nextInt(values.length)];
    }
}
