package rapport.bench.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The console's pages measured, each with the API calls it makes, asked as the console asks them (web-console's page
 * resources: the same paths, filters and page sizes, "today" in the console's time zone). customer-service's lists
 * carry their customers' names; the feedback page asks customer-service for the names of its responses' customers in
 * one call, once feedback-service has answered.
 */
final class Plan {

    /** The console's default time zone (web-console/README.md, RAPPORT_CONSOLE_TIME_ZONE). */
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final List<String> CHARTED = List.of("fcr", "csat", "nps", "promise-keeping",
            "complaint-within-target", "aht");

    record Call(String name, URI uri) {
    }

    record Page(String name, String path, List<Call> calls) {
    }

    private final URI customers;
    private final URI feedback;
    private final URI kpis;

    private Plan(Options options) {
        String team = "api/teams/" + options.team() + "/";
        customers = options.customers().resolve(team);
        feedback = options.feedback().resolve(team);
        kpis = options.kpis().resolve(team);
    }

    /** The pages of {@code options.team()}; the customer page is that of a customer with a resolved complaint. */
    static List<Page> of(Options options, ServiceApi api) throws IOException, InterruptedException {
        return new Plan(options).pages("teams/" + options.team(), api);
    }

    private List<Page> pages(String base, ServiceApi api) throws IOException, InterruptedException {
        JsonNode complaint = api.json(customers.resolve("cases?status=RESOLVED&category=COMPLAINT&page=0&size=1"))
                .path("items").path(0);
        if (complaint.isMissingNode()) {
            throw new IllegalStateException("no resolved complaint in " + customers + ": load the demo placement "
                    + "first (./rapport demo)");
        }
        String customer = complaint.path("customerId").asText();
        LocalDate today = LocalDate.now(ZONE);
        Instant startOfDay = today.atStartOfDay(ZONE).toInstant();
        Instant endOfDay = today.plusDays(1).atStartOfDay(ZONE).toInstant();
        String twelveWeeks = "from=" + today.minusDays(83) + "&to=" + today.plusDays(1);
        Call responses = new Call("feedback-service GET /responses (28 days)", feedback.resolve("responses?from="
                + today.minusDays(27) + "&to=" + today.plusDays(1) + "&page=0&size=20"));
        return List.of(
                new Page("team home", base, List.of(
                        customer("GET /follow-ups?state=DUE", "follow-ups?state=DUE&dueBefore=" + endOfDay
                                + "&page=0&size=20"),
                        customer("GET /cases?status=OPEN", "cases?status=OPEN&page=0&size=20"),
                        customer("GET /interactions (today)", "interactions?from=" + startOfDay + "&to=" + endOfDay
                                + "&includeVoided=false&page=0&size=20"),
                        kpi("GET /kpis (28 days)", "kpis?from=" + today.minusDays(27) + "&to=" + today.plusDays(1)))),
                new Page("KPIs", base + "/kpis", kpiPageCalls(twelveWeeks)),
                new Page("customers", base + "/customers", List.of(
                        customer("GET /customers", "customers?page=0&size=25"))),
                new Page("a customer", base + "/customers/" + customer, List.of(
                        customer("GET /customers/{id}", "customers/" + customer),
                        customer("GET /customers/{id}/interactions", "customers/" + customer
                                + "/interactions?page=0&size=100"),
                        customer("GET /cases?status=OPEN&customerId", "cases?status=OPEN&customerId=" + customer
                                + "&page=0&size=100"),
                        customer("GET /cases?status=RESOLVED&customerId", "cases?status=RESOLVED&customerId="
                                + customer + "&page=0&size=100"),
                        customer("GET /follow-ups?state=ALL&customerId", "follow-ups?state=ALL&customerId="
                                + customer + "&page=0&size=100"),
                        new Call("feedback-service GET /responses?customerId", feedback.resolve("responses?customerId="
                                + customer + "&page=0&size=100")),
                        customer("GET /customers/{id}/complaint-steps", "customers/" + customer
                                + "/complaint-steps"))),
                new Page("cases", base + "/cases?status=OPEN", List.of(
                        customer("GET /cases?status=OPEN", "cases?status=OPEN&page=0&size=25"))),
                new Page("feedback", base + "/feedback", List.of(responses, namesOf(api.json(responses.uri())))),
                new Page("improvements", base + "/improvements", List.of(
                        kpi("GET /improvements", "improvements?page=0&size=20"),
                        kpi("GET /kpis (today)", "kpis?from=" + today + "&to=" + today.plusDays(1)))),
                new Page("evidence preview", base + "/evidence?from=" + today.minusDays(83) + "&to=" + today, List.of(
                        kpi("GET /evidence?format=json", "evidence?format=json&" + twelveWeeks))));
    }

    /** The feedback page's second call: the names of the customers of the responses' first page, by id. */
    private Call namesOf(JsonNode responses) {
        Set<String> ids = new LinkedHashSet<>();
        responses.path("items").forEach(r -> {
            if (r.hasNonNull("customerId")) {
                ids.add(r.get("customerId").asText());
            }
        });
        if (ids.isEmpty()) {
            throw new IllegalStateException("no response of the last 28 days names a customer: load the demo placement "
                    + "first (./rapport demo)");
        }
        StringBuilder query = new StringBuilder("customers?");
        ids.forEach(id -> query.append("id=").append(id).append('&'));
        return customer("GET /customers?id=… (" + ids.size() + " ids)", query + "size=" + ids.size());
    }

    /** The KPI page's defaults: the last 12 weeks, per week, the home's six KPIs charted, improvements marked. */
    private List<Call> kpiPageCalls(String period) {
        List<Call> calls = new ArrayList<>(List.of(kpi("GET /kpis (12 weeks)", "kpis?" + period),
                kpi("GET /improvements (marked)", "improvements?page=0&size=100")));
        CHARTED.forEach(k -> calls.add(kpi("GET /kpis/" + k + "/series", "kpis/" + k + "/series?bucket=week&" + period)));
        return calls;
    }

    private Call customer(String name, String path) {
        return new Call("customer-service " + name, customers.resolve(path));
    }

    private Call kpi(String name, String path) {
        return new Call("kpi-service " + name, kpis.resolve(path));
    }
}
