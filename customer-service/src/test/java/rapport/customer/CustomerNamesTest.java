package rapport.customer;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The lists of cases, contacts and promises name their customers, and the customer list answers a batch of ids, so
 * that a page showing names asks once (docs/customer-service.md, "Customers' names in lists").
 */
@QuarkusTest
class CustomerNamesTest {

    private static final TeamApi API = new TeamApi("names");

    @Test
    void casesContactsAndPromisesCarryTheCustomersCurrentName() {
        String customer = withContactAndPromise("Grace Hopper");
        assertNamed(customer, "Grace Hopper");

        API.as().body(Map.of("displayName", "Grace B. Hopper", "kind", "EXTERNAL", "surveyConsent", true))
                .put("/api/teams/{team}/customers/{id}", API.team, customer).then().statusCode(200);
        assertNamed(customer, "Grace B. Hopper");
    }

    @Test
    void afterErasureTheListsShowTheErasedMarker() {
        String customer = withContactAndPromise("Erase Me Hopper");
        API.as().delete("/api/teams/{team}/customers/{id}/personal-data", API.team, customer).then().statusCode(200);
        assertNamed(customer, "[erased]");
        API.as().queryParam("id", customer).get("/api/teams/{team}/customers", API.team).then().statusCode(200)
                .body("items.displayName", equalTo(List.of("[erased]")));
    }

    @Test
    void theCustomerListAnswersABatchOfIdsOfTheTeamOnly() {
        String ada = API.registerCustomer("Ada Batch");
        String alan = API.registerCustomer("Alan Batch");
        API.registerCustomer("Not Asked Batch");
        TeamApi other = new TeamApi("names-other");
        String foreign = other.registerCustomer("Foreign Batch");

        API.as().queryParam("id", ada, alan, foreign, UUID.randomUUID().toString()).queryParam("size", 100)
                .get("/api/teams/{team}/customers", API.team).then().statusCode(200)
                .body("items.id", containsInAnyOrder(ada, alan))
                .body("items.displayName", containsInAnyOrder("Ada Batch", "Alan Batch"))
                .body("totalItems", equalTo(2));
    }

    @Test
    void moreThanAHundredIdsOrAMalformedOneIsA400NamingTheField() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        API.as().queryParam("id", ids).get("/api/teams/{team}/customers", API.team).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("id")));
        API.as().queryParam("id", ids.subList(0, 100)).get("/api/teams/{team}/customers", API.team).then()
                .statusCode(200).body("items", hasSize(0));
        API.as().queryParam("id", UUID.randomUUID().toString(), "not-a-uuid")
                .get("/api/teams/{team}/customers", API.team).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of("id")));
    }

    /** A customer with one contact (which opens a case) and one open promise. */
    private static String withContactAndPromise(String name) {
        String customer = API.registerCustomer(name);
        API.logOk(customer, TeamApi.contact("outcome", "FOLLOW_UP_REQUIRED"));
        API.as().body(Map.of("promise", "Call back", "dueAt", Instant.now().plus(Duration.ofDays(1)).toString()))
                .post("/api/teams/{team}/customers/{id}/follow-ups", API.team, customer).then().statusCode(201);
        return customer;
    }

    private static void assertNamed(String customer, String name) {
        API.as().queryParam("customerId", customer).get("/api/teams/{team}/cases", API.team).then().statusCode(200)
                .body("items", hasSize(1)).body("items.customerName", everyItem(equalTo(name)));
        API.as().queryParam("customerId", customer).queryParam("state", "ALL")
                .get("/api/teams/{team}/follow-ups", API.team).then().statusCode(200)
                .body("items", hasSize(1)).body("items.customerName", everyItem(equalTo(name)));
        API.as().queryParam("from", Instant.now().minus(Duration.ofDays(1)).toString()).queryParam("size", 100)
                .get("/api/teams/{team}/interactions", API.team).then().statusCode(200)
                .body("items.findAll { it.customerId == '" + customer + "' }.customerName", equalTo(List.of(name)));
    }
}
