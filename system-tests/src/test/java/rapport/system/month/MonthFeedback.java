package rapport.system.month;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import rapport.kpi.expected.TeamHistory;
import rapport.kpi.expected.TeamHistory.Contact;
import rapport.kpi.expected.TeamHistory.Invitation;
import rapport.kpi.expected.TeamHistory.Response;

/**
 * What customers said about the month, through feedback-service's API: feedback the team collected
 * on paper, by phone or in person (backdated to when it was given), and answers recorded today to
 * the survey invitations feedback-service sent after resolved cases. Records what it sent.
 */
final class MonthFeedback {

    private static final List<String> SOURCES = List.of("PAPER", "PHONE", "IN_PERSON", "EMAIL", "OTHER");

    private final TeamApi api;
    private final Random random;
    private final List<Invitation> invitations = new ArrayList<>();
    private final List<Response> responses = new ArrayList<>();

    MonthFeedback(TeamApi api, Random random) {
        this.api = api;
        this.random = random;
    }

    /**
     * Feedback on about a third of the resolved cases, given between ten minutes and three days
     * after the resolution (not in the future), about the case's opener's agent and channel.
     */
    void recordCollected(ServiceMonth month) {
        await().atMost(Duration.ofSeconds(30)).until(() -> month.customers().stream()
                .allMatch(api::knownToFeedbackService));
        for (UUID caseId : month.cases()) {
            List<Contact> ordered = month.contactsOf(caseId);
            Contact resolving = ordered.stream().filter(c -> "RESOLVED".equals(c.outcome())).findFirst().orElse(null);
            if (resolving == null || random.nextDouble() >= 0.35) {
                continue;
            }
            Instant given = resolving.occurredAt().plusSeconds(600 + random.nextInt(3 * 86400));
            if (given.isAfter(Instant.now().minusSeconds(60))) {
                continue;
            }
            Contact opener = ordered.getFirst();
            Answers answers = Answers.random(random);
            Map<String, Object> body = new HashMap<>(Map.of("source", SOURCES.get(random.nextInt(SOURCES.size())),
                    "submittedAt", given.toString(), "customerId", opener.customer().toString(),
                    "caseId", caseId.toString(), "agent", opener.agent(), "channel", opener.channel(),
                    "answers", answers.body()));
            UUID id = UUID.fromString(api.recordResponseAboutCase(body).getString("id"));
            responses.add(answers.response(id, opener.customer(), null, caseId, opener.agent(), opener.channel(),
                    given));
        }
    }

    /**
     * Waits until feedback-service has sent exactly the invitations the month's resolutions call
     * for, then records answers (by phone, now) to about six in ten of them.
     */
    void answerInvitations(ServiceMonth month) {
        List<Map<String, Object>> sent = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            sent.clear();
            month.consentingCustomers().forEach(c -> sent.addAll(api.invitationsOf(c)));
            Set<String> invited = new TreeSet<>();
            sent.forEach(i -> invited.add(i.get("caseId") + "#" + i.get("resolution")));
            assertThat(invited).as("one invitation per resolution of a consenting customer's case")
                    .hasSize(sent.size()).isEqualTo(month.invitationsDue());
        });
        sent.sort(Comparator.comparing(i -> i.get("caseId") + "#" + i.get("resolution")));
        for (Map<String, Object> one : sent) {
            Invitation invitation = new Invitation(uuid(one, "id"), uuid(one, "customerId"), uuid(one, "caseId"),
                    (String) one.get("agent"), (String) one.get("channel"), Instant.parse((String) one.get("sentAt")));
            invitations.add(invitation);
            if (random.nextDouble() < 0.6) {
                Answers answers = Answers.random(random);
                JsonPath stored = api.recordResponse(Map.of("source", "PHONE", "invitationId",
                        invitation.id().toString(), "answers", answers.body()));
                responses.add(answers.response(UUID.fromString(stored.getString("id")), invitation.customer(),
                        invitation.id(), invitation.caseId(), invitation.agent(), invitation.channel(),
                        Instant.parse(stored.getString("submittedAt"))));
            }
        }
    }

    int invitationsSent() {
        return invitations.size();
    }

    void addTo(TeamHistory history) {
        history.invitations.addAll(invitations);
        history.responses.addAll(responses);
    }

    private static UUID uuid(Map<String, Object> json, String field) {
        return UUID.fromString((String) json.get(field));
    }
}
