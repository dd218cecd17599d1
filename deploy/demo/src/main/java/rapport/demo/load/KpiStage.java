package rapport.demo.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rapport.demo.plan.Direction;
import rapport.demo.plan.Placement;
import rapport.demo.plan.PlannedContact;
import rapport.demo.plan.PlannedCustomer;
import rapport.demo.plan.PlannedImprovement;
import rapport.demo.plan.PlannedPromise;

/**
 * kpi-service's part: the improvement actions (found by title, so recorded once), waiting until kpi-service has
 * consumed what was loaded, and its evaluation of each action, which the load reports but never writes.
 */
final class KpiStage {

    /** kpi-service consumes the events behind the load; on this machine it keeps up within seconds. */
    private static final Duration CATCH_UP = Duration.ofSeconds(90);

    private final LoadContext context;
    private final String learner;

    KpiStage(LoadContext context, String learner) {
        this.context = context;
        this.learner = learner;
    }

    /** Records the actions that are not there yet; answers every planned action's id, by title. */
    Map<String, String> improvements(List<PlannedImprovement> planned) {
        Progress.Stage stage = context.progress.stage("improvements", planned.size());
        String token = context.token(learner);
        Map<String, String> ids = new HashMap<>();
        for (JsonNode action : LoadContext.all(context.kpis, context.team("/improvements"), token)) {
            ids.put(action.path("title").asText(), action.path("id").asText());
        }
        for (PlannedImprovement action : planned) {
            boolean create = !ids.containsKey(action.title());
            if (create) {
                Reply reply = context.kpis.post(context.team("/improvements"), token, Bodies.object("title",
                        action.title(), "description", action.description(), "targetKpi", action.targetKpi(),
                        "expectedDirection", action.expectedDirection(), "dateInPlace",
                        context.timeline.date(action.dateInPlace()).toString()),
                        context.key("improvement-" + action.targetKpi()), Set.of());
                ids.put(action.title(), reply.text("id"));
            }
            stage.advance(create);
        }
        stage.done("");
        return ids;
    }

    /**
     * Waits until kpi-service's numbers for the placement's days include everything loaded: every case the
     * customer opened (FCR's n), every contact with a handling time (AHT's n), every CSAT answer and every promise
     * due. At least, not exactly: team members may have added their own.
     */
    boolean awaitCaughtUp(Placement placement) {
        Map<String, Long> expected = expected(placement);
        Progress.Stage stage = context.progress.stage("kpi-service", expected.size());
        String path = context.team("/kpis?from=" + context.timeline.date(1 - placement.days()) + "&to="
                + context.timeline.date(1));
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            Map<String, Long> seen = seen(context.kpis.get(path, context.token(learner)));
            List<String> behind = new ArrayList<>();
            expected.forEach((kpi, n) -> {
                if (seen.getOrDefault(kpi, 0L) < n) {
                    behind.add(kpi + " " + seen.getOrDefault(kpi, 0L) + "/" + n);
                }
            });
            stage.note(behind.isEmpty() ? "" : "catching up: " + String.join(", ", behind));
            if (behind.isEmpty()) {
                expected.keySet().forEach(k -> stage.advance(false));
                stage.done("has consumed the events");
                return true;
            }
            if (System.nanoTime() > deadline) {
                stage.done("not caught up after " + CATCH_UP.toSeconds() + " s (" + String.join(", ", behind)
                        + "): KPIs fill in as it consumes the rest");
                return false;
            }
            LoadContext.pause(500);
        }
    }

    List<Evaluation> evaluations(List<PlannedImprovement> planned, Map<String, String> ids) {
        List<Evaluation> evaluations = new ArrayList<>();
        for (PlannedImprovement action : planned) {
            JsonNode evaluation = context.kpis.get(context.team("/improvements/" + ids.get(action.title())
                    + "/evaluation"), context.token(learner));
            evaluations.add(new Evaluation(action.title(), action.targetKpi(),
                    context.timeline.date(action.dateInPlace()), evaluation.path("verdict").asText(),
                    evaluation.path("summary").asText()));
        }
        return evaluations;
    }

    private Map<String, Long> expected(Placement placement) {
        long openers = 0;
        long timed = 0;
        long csat = 0;
        long due = 0;
        LocalDate end = context.timeline.date(1);
        for (PlannedCustomer customer : placement.customers()) {
            for (PlannedContact contact : customer.contacts()) {
                openers += contact.opensCase() && contact.direction() == Direction.INBOUND ? 1 : 0;
                timed += contact.durationMinutes() != null ? 1 : 0;
            }
            csat += customer.responses().stream().filter(r -> r.answers().csat() != null).count();
            for (PlannedPromise promise : customer.promises()) {
                due += context.timeline.date(promise.dueAt().day()).isBefore(end) ? 1 : 0;
            }
        }
        return Map.of("fcr", openers, "aht", timed, "csat", csat, "promise-keeping", due);
    }

    /** The n of each KPI; for promise keeping also the promises due but not yet counted. */
    private static Map<String, Long> seen(JsonNode report) {
        Map<String, Long> seen = new HashMap<>();
        for (JsonNode kpi : report.path("kpis")) {
            long n = kpi.path("n").asLong();
            if (kpi.path("kpi").asText().equals("promise-keeping")) {
                n += kpi.path("details").path("notYetDue").asLong();
            }
            seen.put(kpi.path("kpi").asText(), n);
        }
        return seen;
    }
}
