package rapport.demo.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import rapport.demo.DemoException;
import rapport.demo.plan.FeedbackSource;
import rapport.demo.plan.PlannedResponse;

/**
 * Survey answers, each about one case. Paper forms are recorded as feedback with the time they were filled in. A
 * phone survey answers the invitation feedback-service sent when the case was resolved (it made the invitation
 * from the {@code case.resolved} event, so this stage waits for it), with the time of the call. A few customers
 * answer on their link's page: the team asks for a fresh link to pass on and the customer posts the form, which is
 * stored as answered now. A case that already has an answer is left alone, so a second run records none.
 */
final class FeedbackStage {

    /** How long feedback-service may take to hear of a customer or a resolved case through Kafka. */
    private static final Duration EVENT_WAIT = Duration.ofSeconds(60);

    private record Answer(LoadedCustomer customer, PlannedResponse plan) {
    }

    private final LoadContext context;

    FeedbackStage(LoadContext context) {
        this.context = context;
    }

    void run(List<LoadedCustomer> customers, int total) {
        Progress.Stage stage = context.progress.stage("survey answers", total);
        List<Answer> recorded = new ArrayList<>();
        List<Answer> onPage = new ArrayList<>();
        context.eachInParallel(customers.stream().filter(c -> !c.plan.responses().isEmpty()).toList(), customer -> {
            Set<UUID> answered = customer.fresh ? Set.of() : answeredCases(customer);
            for (PlannedResponse response : customer.plan.responses()) {
                if (answered.contains(customer.cases[response.caseNumber()])) {
                    stage.advance(false);
                } else if (response.source() == FeedbackSource.SURVEY_LINK) {
                    synchronized (onPage) {
                        onPage.add(new Answer(customer, response));
                    }
                } else {
                    synchronized (recorded) {
                        recorded.add(new Answer(customer, response));
                    }
                }
            }
        });
        stage.note("waiting for feedback-service to hear of the customers and resolved cases");
        context.eachInParallel(recorded, answer -> {
            record(answer);
            stage.advance(true);
        });
        // one after the other: the answer page limits requests per address
        for (Answer answer : onPage) {
            answerOnPage(answer);
            stage.advance(true);
        }
        stage.done("");
    }

    private Set<UUID> answeredCases(LoadedCustomer customer) {
        Set<UUID> cases = new HashSet<>();
        for (JsonNode response : LoadContext.all(context.feedback, context.team("/responses?customerId="
                + customer.id), context.token(customer.firstAgent()))) {
            if (response.hasNonNull("caseId")) {
                cases.add(UUID.fromString(response.path("caseId").asText()));
            }
        }
        return cases;
    }

    private void record(Answer answer) {
        PlannedResponse plan = answer.plan();
        LoadedCustomer customer = answer.customer();
        UUID caseId = customer.cases[plan.caseNumber()];
        Map<String, Object> body;
        if (plan.source() == FeedbackSource.PHONE) {
            JsonNode invitation = invitation(customer, caseId);
            body = Bodies.object("source", "PHONE", "submittedAt", submitted(plan), "invitationId",
                    invitation.path("id").asText(), "answers", answers(plan.answers()));
        } else {
            body = Bodies.object("source", "PAPER", "submittedAt", submitted(plan), "customerId", customer.id,
                    "caseId", caseId, "agent", plan.agent(), "channel", plan.channel(), "answers",
                    answers(plan.answers()));
        }
        String key = context.key("response-" + customer.plan.key() + "-" + plan.caseNumber());
        long deadline = System.nanoTime() + EVENT_WAIT.toNanos();
        while (true) {
            // not-found: feedback-service has not yet heard of the customer (customer.registered is on its way)
            Reply reply = context.feedback.post(context.team("/responses"), context.token(plan.agent()), body, key,
                    Set.of("not-found", "invitation-answered"));
            if (!reply.problem().equals("not-found")) {
                return;
            }
            waitOrFail(deadline, "feedback-service to hear of customer " + customer.plan.key());
        }
    }

    private void answerOnPage(Answer answer) {
        LoadedCustomer customer = answer.customer();
        JsonNode invitation = invitation(customer, customer.cases[answer.plan().caseNumber()]);
        Reply issued = context.feedback.post(context.team("/invitations/" + invitation.path("id").asText() + "/link"),
                context.token(answer.plan().agent()), null, context.key("link-" + invitation.path("id").asText()),
                Set.of("invitation-closed"));
        if (!issued.ok()) {
            return; // answered meanwhile
        }
        String link = issued.text("link");
        String path = link.substring(link.indexOf("/s/"));
        Map<String, String> form = form(answer.plan().answers());
        for (int attempt = 1;; attempt++) {
            HttpResponse<Void> page = context.feedback.postForm(path, form);
            if (page.statusCode() == 200 || page.statusCode() == 410) {
                return;
            }
            long wait = page.headers().firstValueAsLong("Retry-After").orElse(10);
            if (page.statusCode() != 429 || attempt > 3) {
                throw new DemoException("the survey page answered " + page.statusCode() + " to a customer's answer");
            }
            context.progress.say("  (the survey page limits answers per address: waiting " + wait + " s)");
            LoadContext.pause(wait * 1000);
        }
    }

    /** The open (or already answered) invitation about the case, once feedback-service has made it. */
    private JsonNode invitation(LoadedCustomer customer, UUID caseId) {
        long deadline = System.nanoTime() + EVENT_WAIT.toNanos();
        while (true) {
            for (JsonNode invitation : LoadContext.all(context.feedback, context.team("/invitations?customerId="
                    + customer.id), context.token(customer.firstAgent()))) {
                String status = invitation.path("status").asText();
                if (caseId.toString().equals(invitation.path("caseId").asText())
                        && (status.equals("OPEN") || status.equals("ANSWERED"))) {
                    return invitation;
                }
            }
            waitOrFail(deadline, "feedback-service to invite customer " + customer.plan.key()
                    + " after their resolved case");
        }
    }

    private String submitted(PlannedResponse plan) {
        return context.timeline.recorded(plan.submittedAt()).toString();
    }

    private static void waitOrFail(long deadline, String what) {
        if (System.nanoTime() > deadline) {
            throw new DemoException("waited " + EVENT_WAIT.toSeconds() + " s for " + what + ": is it running and "
                    + "consuming events from Kafka? (./rapport status, ./rapport logs feedback-service)");
        }
        LoadContext.pause(300);
    }

    static Map<String, Object> answers(PlannedResponse.Answers a) {
        PlannedResponse.Rater r = a.rater();
        return Bodies.object("csat", a.csat(), "nps", a.nps(), "ces", a.ces(), "rater", r == null ? null
                : Bodies.object("reliability", r.reliability(), "assurance", r.assurance(), "tangibles",
                        r.tangibles(), "empathy", r.empathy(), "responsiveness", r.responsiveness()),
                "comment", a.comment());
    }

    /** The answer page's form fields (docs/feedback-service.md, "Where customers answer"). */
    private static Map<String, String> form(PlannedResponse.Answers a) {
        Map<String, String> form = new LinkedHashMap<>();
        answers(a).forEach((name, value) -> {
            if (value instanceof Map<?, ?> rater) {
                rater.forEach((dimension, rating) -> form.put((String) dimension, String.valueOf(rating)));
            } else {
                form.put(name, String.valueOf(value));
            }
        });
        return form;
    }
}
