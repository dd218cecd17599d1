package rapport.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case rules of docs/customer-service.md ("Cases") through the API: each scenario logs contacts (the first opens
 * the case,
 * the others name it) in the given arrival order, possibly voids some, then reads the case.
 */
@QuarkusTest
class CaseLifecycleTest {

    private static final TeamApi API = new TeamApi("cases");
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    sealed interface Step permits Log, Void {
    }

    record Log(int minutesAgo, String direction, String outcome, String category) implements Step {
    }

    /** Voids the contact logged by step number {@code index}. */
    record Void(int index) implements Step {
    }

    static Log log(int minutesAgo, String direction, String outcome) {
        return new Log(minutesAgo, direction, outcome, "ENQUIRY");
    }

    static Stream<Arguments> scenarios() {
        return Stream.of(
                // name, steps in arrival order, status, reopenCount, opener step, first-resolving step (or -1), category
                Arguments.of("first-contact resolution", List.of(log(60, "INBOUND", "RESOLVED")),
                        "RESOLVED", 0, 0, 0, "ENQUIRY"),
                Arguments.of("reopens are counted; resolution time stays the first",
                        List.of(log(60, "INBOUND", "RESOLVED"), log(50, "INBOUND", "INFO_ONLY"),
                                log(40, "OUTBOUND", "RESOLVED"), log(30, "INBOUND", "ESCALATED")),
                        "OPEN", 2, 0, 0, "ENQUIRY"),
                Arguments.of("inbound INFO_ONLY reopens a resolved case",
                        List.of(log(60, "INBOUND", "RESOLVED"), log(30, "INBOUND", "INFO_ONLY")),
                        "OPEN", 1, 0, 0, "ENQUIRY"),
                Arguments.of("outbound courtesy follow-up does not reopen",
                        List.of(log(60, "INBOUND", "RESOLVED"), log(30, "OUTBOUND", "INFO_ONLY"),
                                log(20, "OUTBOUND", "NO_RESPONSE")),
                        "RESOLVED", 0, 0, 0, "ENQUIRY"),
                Arguments.of("a backdated contact becomes the opener and takes the category",
                        List.of(log(30, "INBOUND", "RESOLVED"), new Log(90, "INBOUND", "FOLLOW_UP_REQUIRED", "COMPLAINT")),
                        "RESOLVED", 0, 1, 0, "COMPLAINT"),
                Arguments.of("a backdated resolution placed before an escalation leaves the case open",
                        List.of(log(30, "INBOUND", "ESCALATED"), log(60, "INBOUND", "RESOLVED")),
                        "OPEN", 1, 1, 1, "ENQUIRY"),
                Arguments.of("a voided opener hands the case to the next contact",
                        List.of(log(60, "INBOUND", "RESOLVED"), new Log(30, "INBOUND", "FOLLOW_UP_REQUIRED", "COMPLAINT"),
                                new Void(0)),
                        "OPEN", 0, 1, -1, "COMPLAINT"),
                Arguments.of("voiding the reopening contact resolves the case again",
                        List.of(log(60, "INBOUND", "RESOLVED"), log(30, "INBOUND", "INFO_ONLY"), new Void(1)),
                        "RESOLVED", 0, 0, 0, "ENQUIRY"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void caseStateIsRecomputedFromTheOrderedInteractions(String name, List<Step> steps, String status, int reopens,
            int openerStep, int resolvingStep, String category) {
        String customer = API.registerCustomer("Case " + name);
        List<String> ids = new ArrayList<>();
        List<Instant> times = new ArrayList<>();
        String caseId = null;
        for (Step step : steps) {
            switch (step) {
                case Log l -> {
                    Instant at = NOW.minus(l.minutesAgo(), ChronoUnit.MINUTES);
                    var contact = TeamApi.contact("occurredAt", at.toString(), "direction", l.direction(),
                            "outcome", l.outcome(), "category", l.category());
                    if (caseId != null) {
                        contact.put("caseId", caseId);
                    }
                    var logged = API.log(customer, contact).statusCode(201).extract().jsonPath();
                    caseId = logged.getString("caseId");
                    ids.add(logged.getString("id"));
                    times.add(at);
                }
                case Void v -> {
                    API.as().body("{\"reason\": \"logged by mistake\"}")
                            .post("/api/teams/{team}/interactions/{id}/void", API.team, ids.get(v.index()))
                            .then().statusCode(200).body("voided", equalTo(true));
                    ids.add(null);
                    times.add(null);
                }
            }
        }
        JsonPath detail = API.caseOf(caseId).extract().jsonPath();
        assertThat(detail.getString("caseInfo.status")).as(name).isEqualTo(status);
        assertThat(detail.getInt("caseInfo.reopenCount")).as(name + ": reopens").isEqualTo(reopens);
        assertThat(detail.getString("caseInfo.openingInteractionId")).as(name + ": opener").isEqualTo(ids.get(openerStep));
        assertThat(detail.getString("caseInfo.openedAt")).as(name + ": opened at")
                .isEqualTo(times.get(openerStep).toString());
        assertThat(detail.getString("caseInfo.category")).as(name + ": category").isEqualTo(category);
        assertThat(detail.getString("caseInfo.resolvedAt")).as(name + ": resolution time")
                .isEqualTo(resolvingStep < 0 ? null : times.get(resolvingStep).toString());
        List<String> ordered = detail.getList("interactions.occurredAt");
        assertThat(ordered).as("interactions in occurredAt order").isSorted();

        var openList = API.as().queryParam("customerId", customer).get("/api/teams/{team}/cases", API.team).then()
                .statusCode(200);
        if (status.equals("OPEN")) {
            openList.body("items.id", hasItem(caseId));
        } else {
            openList.body("items.id", not(hasItem(caseId)));
        }
    }
}
