package rapport.system.faults;

import static org.awaitility.Awaitility.await;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import rapport.testing.TestTokens;

/**
 * A team written to at a steady rate by a fault test: a few customers, then contacts (each a case of its own, one in
 * the FCR KPI's n) through customer-service and paper responses with a CSAT score through feedback-service; and the
 * counts to compare afterwards: the source services' own lists and kpi-service's n of each KPI.
 */
final class TeamUnderLoad {

    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(10);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    final String team;
    final TestTokens agent;
    private List<String> customers = List.of();

    TeamUnderLoad(String prefix) {
        this.team = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        this.agent = TestTokens.agent(team);
    }

    /** Customers registered through customer-service, awaited in feedback-service's directory. */
    List<String> registerCustomers(int count, KillableService customerService, KillableService feedbackService) {
        return registerCustomers(count, List.of(customerService), feedbackService);
    }

    /** As {@link #registerCustomers(int, KillableService, KillableService)}, through each instance in turn. */
    List<String> registerCustomers(int count, List<KillableService> customerServices, KillableService feedbackService) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(customerServices.get(i % customerServices.size()).as(agent).contentType(ContentType.JSON)
                    .body(Map.of("displayName", "Load Customer " + i, "kind", "EXTERNAL", "surveyConsent", false))
                    .post("/api/teams/{team}/customers", team).then().statusCode(201).extract().path("id"));
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> feedbackService.as(agent)
                .get("/api/teams/{team}/directory/{id}", team, id).statusCode() == 200));
        customers = List.copyOf(ids);
        return customers;
    }

    /** Contacts, through each given instance in turn. */
    SteadyWrites contacts(KillableService... customerServices) {
        return new SteadyWrites("contacts", i -> timed(customerServices[i % customerServices.length]).body(contact())
                .post("/api/teams/{team}/customers/{id}/interactions", team, customers.get(i % customers.size())));
    }

    /** Paper responses with a CSAT score, through each given instance in turn. */
    SteadyWrites responses(KillableService... feedbackServices) {
        return new SteadyWrites("responses", i -> timed(feedbackServices[i % feedbackServices.length]).body(Map.of(
                "source", "PAPER", "customerId", customers.get(i % customers.size()), "answers",
                Map.of("csat", 1 + i % 5))).post("/api/teams/{team}/responses", team));
    }

    /** How many contacts customer-service holds for the team's customers. */
    int contactsIn(KillableService customerService) {
        return sourceCount(customerService, "/api/teams/{team}/customers/{id}/interactions");
    }

    /** How many responses feedback-service holds for the team's customers. */
    int responsesIn(KillableService feedbackService) {
        return sourceCount(feedbackService, "/api/teams/{team}/responses?customerId={id}");
    }

    /** The n of every KPI over the days around now, summed over the series. */
    Map<String, Integer> kpiCounts(KillableService kpis) {
        LocalDate today = LocalDate.now(LONDON);
        List<Map<String, Object>> series = kpis.as(agent).queryParam("from", today.minusDays(1).toString())
                .queryParam("to", today.plusDays(1).toString()).get("/api/teams/{team}/kpis", team).then()
                .statusCode(200).extract().path("kpis");
        Map<String, Integer> n = new ConcurrentHashMap<>();
        series.forEach(k -> n.merge((String) k.get("kpi"), k.get("n") == null ? 0 : (Integer) k.get("n"), Integer::sum));
        return n;
    }

    private int sourceCount(KillableService service, String path) {
        return customers.stream().mapToInt(id -> service.as(agent).queryParam("size", 1).get(path, team, id).then()
                .statusCode(200).extract().<Integer>path("totalItems")).sum();
    }

    /** An INBOUND enquiry resolved at once: a case of its own, one in the FCR KPI's n (docs/kpi-definitions.md). */
    private static Map<String, Object> contact() {
        return Map.of("occurredAt", Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
                .toString(), "channel", "PHONE", "direction", "INBOUND", "category", "ENQUIRY", "outcome", "RESOLVED",
                "summary", "Asked about opening hours", "durationMinutes", 3);
    }

    private RequestSpecification timed(KillableService service) {
        int millis = (int) CLIENT_TIMEOUT.toMillis();
        return service.as(agent).contentType(ContentType.JSON).config(RestAssuredConfig.config().httpClient(
                HttpClientConfig.httpClientConfig().setParam("http.connection.timeout", millis)
                        .setParam("http.socket.timeout", millis)));
    }
}
