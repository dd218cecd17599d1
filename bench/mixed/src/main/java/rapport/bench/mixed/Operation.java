package rapport.bench.mixed;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The four kinds of request of the mixed workload, each with its share of the rate and how it is built. */
enum Operation {

    CONTACT("POST customer-service …/interactions", 50),
    FEEDBACK("POST feedback-service …/responses", 20),
    KPI_READ("GET kpi-service …/kpis", 25),
    EVIDENCE("GET kpi-service …/evidence?format=pdf", 5);

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String[] CHANNELS = { "PHONE", "EMAIL", "CHAT", "FACE_TO_FACE" };
    private static final String[] OUTCOMES = { "RESOLVED", "FOLLOW_UP_REQUIRED", "INFO_ONLY" };
    private static final String[] CATEGORIES = { "ENQUIRY", "COMPLAINT", "REQUEST" };

    final String label;
    final int share;

    Operation(String label, int share) {
        this.label = label;
        this.share = share;
    }

    /** The operation of the n-th request: the shares laid out over every 100 requests. */
    static Operation of(long n) {
        int slot = (int) (n % 100);
        for (Operation operation : values()) {
            if (slot < operation.share) {
                return operation;
            }
            slot -= operation.share;
        }
        throw new AssertionError("shares add up to 100");
    }

    HttpRequest request(Options options, List<String> customers, long n) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String customer = customers.get((int) (n % customers.size()));
        String team = "api/teams/" + options.team() + "/";
        return switch (this) {
            case CONTACT -> post(options.customers().resolve(team + "customers/" + customer + "/interactions"),
                    options.token(), contact(random, "Mixed workload contact " + n));
            case FEEDBACK -> post(options.feedback().resolve(team + "responses"), options.token(), """
                    {"source":"PAPER","customerId":"%s","answers":{"csat":%d,"nps":%d,"ces":%d}}"""
                    .formatted(customer, random.nextInt(1, 6), random.nextInt(0, 11), random.nextInt(1, 8)));
            case KPI_READ -> get(options.kpis().resolve(team + "kpis?" + lastWeeks(4)), options.token());
            case EVIDENCE -> get(options.kpis().resolve(team + "evidence?format=pdf&" + lastWeeks(4)), options.token());
        };
    }

    static String contact(ThreadLocalRandom random, String summary) {
        return """
                {"occurredAt":"%s","channel":"%s","direction":"INBOUND","category":"%s","outcome":"%s",\
                "summary":"%s","durationMinutes":%d}""".formatted(Instant.now().truncatedTo(ChronoUnit.MILLIS),
                CHANNELS[random.nextInt(CHANNELS.length)], CATEGORIES[random.nextInt(CATEGORIES.length)],
                OUTCOMES[random.nextInt(OUTCOMES.length)], summary, random.nextInt(1, 20));
    }

    /** {@code from} four weeks ago to tomorrow, as dates in the team's time zone. */
    static String lastWeeks(int weeks) {
        LocalDate today = LocalDate.now(LONDON);
        return "from=" + today.minusWeeks(weeks) + "&to=" + today.plusDays(1);
    }

    static HttpRequest post(URI uri, String token, String json) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static HttpRequest get(URI uri, String token) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build();
    }
}
