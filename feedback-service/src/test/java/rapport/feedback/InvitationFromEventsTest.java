package rapport.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.events.EventType;
import rapport.testing.TestEvents;
import rapport.testing.TestTokens;

/** case.resolved → at most one invitation per resolution, for customers who agreed to surveys. */
@QuarkusTest
class InvitationFromEventsTest {

    private static final String TEAM = Fixtures.team("inv");

    @Inject
    MockMailbox mailbox;

    @Test
    void aCustomerWithoutConsentIsNotInvited() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "No Surveys", "nosurveys@example.org", false);
        UUID caseId = UUID.randomUUID();
        TestEvents.publish(Fixtures.resolved(TEAM, customer, caseId, 1, "bob"), customer);
        awaitOutcome(caseId, 1, "NO_CONSENT");
        assertThat(invitationsOf(customer)).isZero();
        assertThat(mailbox.getMailsSentTo("nosurveys@example.org")).isEmpty();
    }

    @Test
    void aCustomerWithoutEmailGetsALinkInvitationTheTeamCanPassOn() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "No Mail", null, true);
        TestEvents.publish(Fixtures.resolved(TEAM, customer, UUID.randomUUID(), 1, "bob"), customer);
        await().atMost(Fixtures.EVENTUALLY).until(() -> invitationsOf(customer) == 1);
        String id = given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .get("/api/teams/{team}/invitations?customerId={c}", TEAM, customer)
                .then().statusCode(200).body("items[0].delivery", equalTo("LINK"))
                .body("items[0].origin", equalTo("CASE_RESOLVED"))
                .extract().path("items[0].id");

        String link = given().auth().oauth2(TestTokens.agent(TEAM).mint())
                .post("/api/teams/{team}/invitations/{id}/link", TEAM, id)
                .then().statusCode(200).body("invitation.id", equalTo(id)).extract().path("link");
        given().get("/s/{token}", Fixtures.token(link)).then().statusCode(200);
    }

    @Test
    void aDuplicateDeliveryOfTheSameResolutionCreatesOneInvitation() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Twice Delivered", "twice@example.org", true);
        UUID caseId = UUID.randomUUID();
        String event = Fixtures.resolved(TEAM, customer, caseId, 1, "carol");
        TestEvents.publish(event, customer);
        TestEvents.publish(event, customer); // the same event id again
        TestEvents.publish(event.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"" + UUID.randomUUID() + "\""),
                customer); // the same resolution under a new event id (a producer retry)
        UUID markerId = UUID.randomUUID();
        String marker = Fixtures.registered(TEAM, markerId, "Marker", null, false);
        TestEvents.publish(marker, customer); // same partition: processed after the three above
        await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from directory_customer where customer_id = ?", markerId) == 1);
        assertThat(invitationsOf(customer)).isEqualTo(1);
        await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from mail_outbox where customer_id = ?", customer) == 0);
        assertThat(mailbox.getMailsSentTo("twice@example.org")).hasSize(1);
    }

    @Test
    void aReopenedAndResolvedAgainCaseGetsAnotherInvitation() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Reopened", null, true);
        UUID caseId = UUID.randomUUID();
        TestEvents.publish(Fixtures.resolved(TEAM, customer, caseId, 1, "dave"), customer);
        TestEvents.publish(Fixtures.resolved(TEAM, customer, caseId, 2, "erin"), customer);
        await().atMost(Fixtures.EVENTUALLY).until(() -> invitationsOf(customer) == 2);
        assertThat(Fixtures.string("select agent from invitation where case_id = ? and resolution = 2", caseId))
                .isEqualTo("erin");
    }

    @Test
    void aResolutionBeforeTheCustomerIsKnownInvitesOnceTheCustomerArrives() throws Exception {
        UUID customer = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        TestEvents.publish(Fixtures.resolved(TEAM, customer, caseId, 1, "frank"), customer);
        awaitOutcome(caseId, 1, "AWAITING_CUSTOMER");
        assertThat(invitationsOf(customer)).isZero();

        TestEvents.publish(Fixtures.registered(TEAM, customer, "Late Registration", "late@example.org", true),
                customer);
        await().atMost(Fixtures.EVENTUALLY).until(() -> invitationsOf(customer) == 1);
        awaitOutcome(caseId, 1, "INVITED");
        await().atMost(Fixtures.EVENTUALLY).until(() -> mailbox.getMailsSentTo("late@example.org").size() == 1);
    }

    @Test
    void aCustomerWhoGaveConsentLaterIsInvitedForLaterResolutionsOnly() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Changed Mind", null, false);
        UUID caseId = UUID.randomUUID();
        TestEvents.publish(Fixtures.resolved(TEAM, customer, caseId, 1, "gina"), customer);
        awaitOutcome(caseId, 1, "NO_CONSENT");
        TestEvents.publish(TestEvents.cloudEvent(EventType.CUSTOMER_UPDATED, TEAM, customer,
                new rapport.events.customer.CustomerUpdated(customer, TEAM, "Changed Mind", null, null, "EXTERNAL",
                        null, null, true, java.time.Instant.now())), customer);
        TestEvents.publish(Fixtures.resolved(TEAM, customer, caseId, 2, "gina"), customer);
        awaitOutcome(caseId, 2, "INVITED");
        assertThat(invitationsOf(customer)).isEqualTo(1);
    }

    @Test
    void anErasedCustomerIsNotInvited() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Gone", "gone@example.org", true);
        TestEvents.publish(Fixtures.erased(TEAM, customer), customer);
        UUID caseId = UUID.randomUUID();
        TestEvents.publish(Fixtures.resolved(TEAM, customer, caseId, 1, "hal"), customer);
        awaitOutcome(caseId, 1, "CUSTOMER_ERASED");
        assertThat(invitationsOf(customer)).isZero();
    }

    private static long invitationsOf(UUID customer) throws Exception {
        return Fixtures.count("select count(*) from invitation where customer_id = ?", customer);
    }

    private static void awaitOutcome(UUID caseId, int resolution, String outcome) {
        await().atMost(Fixtures.EVENTUALLY).until(() -> outcome.equals(Fixtures.string(
                "select outcome from case_resolution where case_id = ? and resolution = ?", caseId, resolution)));
    }
}
