package rapport.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.feedback.invitation.MailOutbox;
import rapport.testing.TestEvents;

/** Survey mails go out after the transaction that decided them, once (the mock mailbox is the SMTP server). */
@QuarkusTest
class MailOutboxTest {

    private static final String TEAM = Fixtures.team("mail");

    @Inject
    MockMailbox mailbox;

    @Inject
    MailOutbox outbox;

    @Test
    void aConsumerBatchAppliedAgainOneByOneMailsTheInvitationOnce() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "Batch Mailed", "batch@example.org", true);
        String resolved = Fixtures.resolved(TEAM, customer, UUID.randomUUID(), 1, "carol");
        // a poison event in the same poll: the batch fails and its events are applied again one at a time
        String poison = Fixtures.resolved(TEAM, customer, UUID.randomUUID(), 1, "carol")
                .replaceFirst("\"caseId\":\"[^\"]+\"", "\"caseId\":\"not-a-uuid\"");
        UUID markerId = UUID.randomUUID();
        String marker = Fixtures.registered(TEAM, markerId, "Batch Marker", null, false);
        TestEvents.publish(resolved, customer);
        TestEvents.publish(poison, customer);
        TestEvents.publish(marker, customer); // same partition: processed after the two above

        await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from directory_customer where customer_id = ?", markerId) == 1);
        await().atMost(Fixtures.EVENTUALLY).until(() -> Fixtures.count(
                "select count(*) from mail_outbox where customer_id = ?", customer) == 0);
        outbox.sendDue();

        assertThat(Fixtures.count("select count(*) from invitation where customer_id = ?", customer)).isEqualTo(1);
        assertThat(mailbox.getMailsSentTo("batch@example.org")).hasSize(1);
    }

    @Test
    void aMailIsSentOnlyAfterItsTransactionCommittedAndItsRowIsGoneThen() throws Exception {
        UUID customer = Fixtures.knownCustomer(TEAM, "After Commit", "aftercommit@example.org", true);
        String link = io.restassured.RestAssured.given().auth().oauth2(rapport.testing.TestTokens.agent(TEAM).mint())
                .contentType(io.restassured.http.ContentType.JSON).body(java.util.Map.of("customerId", customer.toString()))
                .post("/api/teams/{team}/invitations", TEAM).then().statusCode(201).extract().path("link");

        await().atMost(Fixtures.EVENTUALLY).until(() -> mailbox.getMailsSentTo("aftercommit@example.org").size() == 1);
        assertThat(mailbox.getMailsSentTo("aftercommit@example.org").getFirst().getText()).contains(link);
        assertThat(Fixtures.count("select count(*) from mail_outbox where customer_id = ?", customer)).isZero();
        outbox.sendDue();
        assertThat(mailbox.getMailsSentTo("aftercommit@example.org")).hasSize(1);
    }
}
