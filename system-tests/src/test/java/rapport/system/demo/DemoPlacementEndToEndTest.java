package rapport.system.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import rapport.demo.DemoSettings;
import rapport.demo.load.Evaluation;
import rapport.demo.load.Loader;
import rapport.demo.plan.Category;
import rapport.demo.plan.Channel;
import rapport.demo.plan.CustomerKind;
import rapport.demo.plan.FeedbackSource;
import rapport.demo.plan.Placement;
import rapport.demo.plan.PlannedCase;
import rapport.demo.plan.PlannedCustomer;
import rapport.demo.plan.PlannedPromise;
import rapport.demo.plan.ValueSegment;
import rapport.system.RunningSystem;
import rapport.testing.TestTokens;

/**
 * {@code ./rapport demo}'s loader against the three packaged services: what it loads is what the plan promises,
 * loading again adds nothing, the same seed gives another team the same KPIs, and kpi-service's own evaluation
 * finds one improvement action worked and the other made no significant difference.
 */
@ExtendWith(RunningSystem.class)
class DemoPlacementEndToEndTest {

    private static final String TEAM = "demo-e2e";
    private static final String TWIN = "demo-e2e-twin";
    private static final long SEED = DemoSettings.DEFAULT_SEED;
    private static Loader.Result first;

    @BeforeAll
    static void loadOnce() {
        first = load(TEAM);
    }

    private static Loader.Result load(String team) {
        DemoSettings settings = new DemoSettings(team, SEED, RunningSystem.customerServiceUri(),
                RunningSystem.feedbackServiceUri(), RunningSystem.kpiServiceUri());
        Loader.Result result = new Loader(settings, learner -> TestTokens.agent(team).user(learner).mint(),
                new PrintStream(System.out, true), false, Clock.systemUTC()).load();
        assertThat(result.kpisCaughtUp()).as("kpi-service consumed the load").isTrue();
        return result;
    }

    @Test
    void theServicesHoldWhatThePlacementPromises() {
        Placement plan = first.placement();
        Map<String, Long> counts = counts(TEAM);
        assertThat(counts.get("customers")).isEqualTo(300);
        for (CustomerKind kind : CustomerKind.values()) {
            assertThat(counts.get("customers kind=" + kind)).as(kind.name())
                    .isEqualTo(customers(plan, c -> c.profile().kind() == kind)).isPositive();
        }
        for (ValueSegment segment : ValueSegment.values()) {
            assertThat(counts.get("customers valueSegment=" + segment)).as(segment.name())
                    .isEqualTo(customers(plan, c -> c.profile().valueSegment() == segment)).isPositive();
        }
        Map<Channel, Long> perChannel = plan.customers().stream().flatMap(c -> c.contacts().stream())
                .collect(Collectors.groupingBy(c -> c.channel(), Collectors.counting()));
        assertThat(perChannel).hasSize(Channel.values().length);
        perChannel.forEach((channel, n) -> assertThat(counts.get("contacts channel=" + channel)).as(channel.name())
                .isEqualTo(n));
        assertThat(counts.get("contacts")).isEqualTo(plan.contactCount());
        assertThat(counts.get("cases")).isEqualTo(plan.caseCount());

        List<PlannedCase> complaints = plan.customers().stream().flatMap(c -> c.cases().stream())
                .filter(c -> c.category() == Category.COMPLAINT).toList();
        assertThat(counts.get("complaint cases")).isEqualTo(complaints.size());
        assertThat(counts.get("complaint steps")).isEqualTo(plan.stepCount());
        assertThat(counts.get("complaints with all four steps"))
                .isEqualTo(complaints.stream().filter(c -> c.steps().size() == 4).count()).isPositive();

        Instant now = Instant.now();
        List<PlannedPromise> promises = plan.customers().stream().flatMap(c -> c.promises().stream()).toList();
        assertThat(counts.get("promises")).isEqualTo(promises.size());
        assertThat(counts.get("promises kept")).isEqualTo(promises.stream().filter(p -> p.completedAt() != null)
                .count());
        assertThat(overdue(TEAM)).as("promises overdue now").isEqualTo(promises.stream()
                .filter(p -> p.completedAt() == null && first.timeline().due(p.dueAt()).isBefore(now)).count())
                .isPositive();

        for (FeedbackSource source : FeedbackSource.values()) {
            assertThat(counts.get("responses source=" + source)).as(source.name()).isEqualTo(plan.customers().stream()
                    .flatMap(c -> c.responses().stream()).filter(r -> r.source() == source).count()).isPositive();
        }
        assertThat(counts.get("improvements")).isEqualTo(2);
    }

    @Test
    void kpiServiceFindsTheFirstCallChangeWorkedAndTheWaitingAreaMadeNoSignificantDifference() {
        assertThat(first.evaluations()).extracting(Evaluation::targetKpi, Evaluation::verdict)
                .containsExactly(tuple("fcr", "IMPROVED"), tuple("csat", "NO_SIGNIFICANT_CHANGE"));
        // read again, from kpi-service itself
        JsonPath improvements = kpi(TEAM).get("/improvements").then().statusCode(200).extract().jsonPath();
        Map<String, String> verdicts = new TreeMap<>();
        for (String id : improvements.getList("items.id", String.class)) {
            JsonPath evaluation = kpi(TEAM).get("/improvements/{id}/evaluation", id).then().statusCode(200).extract()
                    .jsonPath();
            assertThat(LocalDate.parse(evaluation.getString("evaluation.to"))).as("evaluation window ended")
                    .isBeforeOrEqualTo(first.timeline().today());
            verdicts.put(evaluation.getString("improvement.targetKpi"), evaluation.getString("verdict"));
        }
        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of("fcr", "IMPROVED", "csat",
                "NO_SIGNIFICANT_CHANGE"));
    }

    @Test
    void loadingAgainAddsNothing() {
        Map<String, Long> before = counts(TEAM);
        load(TEAM);
        assertThat(counts(TEAM)).isEqualTo(before);
    }

    @Test
    void theSameSeedGivesAnEmptyTeamTheSameKpis() {
        load(TWIN);
        LocalDate today = first.timeline().today();
        // up to yesterday: today's contacts are squeezed into the hours that have passed, which differ between
        // the two loads, and so would complaint-resolution hours of cases resolved today
        String path = "/kpis?from=" + today.minusDays(90) + "&to=" + today;
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                kpi(TWIN).get(path).then().statusCode(200).extract().jsonPath().getList("kpis"))
                .isEqualTo(kpi(TEAM).get(path).then().statusCode(200).extract().jsonPath().getList("kpis"))
                .isNotEmpty());
    }

    /** What the services hold for a team, counted through their APIs. */
    private static Map<String, Long> counts(String team) {
        Map<String, Long> counts = new TreeMap<>();
        counts.put("customers", total(customers(team), "/customers"));
        for (CustomerKind kind : CustomerKind.values()) {
            counts.put("customers kind=" + kind, total(customers(team), "/customers?kind=" + kind));
        }
        for (ValueSegment segment : ValueSegment.values()) {
            counts.put("customers valueSegment=" + segment, total(customers(team),
                    "/customers?valueSegment=" + segment));
        }
        counts.put("contacts", total(customers(team), "/interactions"));
        for (Channel channel : Channel.values()) {
            counts.put("contacts channel=" + channel, total(customers(team), "/interactions?channel=" + channel));
        }
        counts.put("cases", total(customers(team), "/cases?status=OPEN") + total(customers(team),
                "/cases?status=RESOLVED"));
        long steps = 0;
        long allFour = 0;
        long complaints = 0;
        for (String status : List.of("OPEN", "RESOLVED")) {
            for (String id : all(customers(team), "/cases?category=COMPLAINT&status=" + status, "id")) {
                complaints++;
                int n = customers(team).get("/cases/{id}/complaint-steps", id).then()
                        .statusCode(200).extract().jsonPath().getList("$").size();
                steps += n;
                allFour += n == 4 ? 1 : 0;
            }
        }
        counts.put("complaint cases", complaints);
        counts.put("complaint steps", steps);
        counts.put("complaints with all four steps", allFour);
        counts.put("promises", total(customers(team), "/follow-ups?state=ALL"));
        counts.put("promises kept", total(customers(team), "/follow-ups?state=COMPLETED"));
        for (FeedbackSource source : FeedbackSource.values()) {
            counts.put("responses source=" + source, total(feedback(team), "/responses?source=" + source));
        }
        counts.put("improvements", total(kpi(team), "/improvements"));
        return counts;
    }

    private static long overdue(String team) {
        return total(customers(team), "/follow-ups?state=OVERDUE");
    }

    private static long customers(Placement plan, java.util.function.Predicate<PlannedCustomer> which) {
        return plan.customers().stream().filter(which).count();
    }

    private static long total(RequestSpecification service, String path) {
        return service.get(path.contains("?") ? path + "&size=1" : path + "?size=1").then().statusCode(200).extract()
                .jsonPath().getLong("totalItems");
    }

    /** One field of every item of a list that fits in one page. */
    private static List<String> all(RequestSpecification service, String path, String field) {
        JsonPath page = service.get(path + "&size=100").then().statusCode(200).extract().jsonPath();
        assertThat(page.getLong("totalItems")).isLessThanOrEqualTo(100);
        return page.getList("items." + field, String.class);
    }

    private static RequestSpecification customers(String team) {
        return RunningSystem.customerService(token(team)).basePath("/api/teams/" + team);
    }

    private static RequestSpecification feedback(String team) {
        return RunningSystem.feedbackService(token(team)).basePath("/api/teams/" + team);
    }

    private static RequestSpecification kpi(String team) {
        return RunningSystem.kpiService(token(team)).basePath("/api/teams/" + team);
    }

    private static String token(String team) {
        return TestTokens.agent(team).mint();
    }
}
