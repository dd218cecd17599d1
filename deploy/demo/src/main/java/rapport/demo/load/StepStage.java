package rapport.demo.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import rapport.demo.plan.PlannedCase;

/**
 * Records the complaint-handling steps (Acknowledge, Apologise, Act, Assure) at the times they were taken. A step
 * is recorded once per case; on a case that existed before this run the steps already there are read first.
 */
final class StepStage {

    private record CaseSteps(LoadedCustomer customer, int number, PlannedCase plan) {
    }

    private final LoadContext context;

    StepStage(LoadContext context) {
        this.context = context;
    }

    void run(List<LoadedCustomer> customers, int total) {
        List<CaseSteps> cases = new ArrayList<>();
        for (LoadedCustomer customer : customers) {
            for (int n = 0; n < customer.plan.cases().size(); n++) {
                PlannedCase plan = customer.plan.cases().get(n);
                if (!plan.steps().isEmpty()) {
                    cases.add(new CaseSteps(customer, n, plan));
                }
            }
        }
        Progress.Stage stage = context.progress.stage("complaint steps", total);
        context.eachInParallel(cases, c -> {
            UUID caseId = c.customer().cases[c.number()];
            String path = context.team("/cases/" + caseId + "/complaint-steps");
            Set<String> recorded = new HashSet<>();
            if (!c.customer().freshCase[c.number()]) {
                for (JsonNode step : context.customers.get(path, context.token(c.customer().firstAgent()))) {
                    recorded.add(step.path("step").asText());
                }
            }
            for (PlannedCase.Step step : c.plan().steps()) {
                boolean create = !recorded.contains(step.step().name());
                if (create) {
                    context.customers.post(path, context.token(step.agent()), Bodies.object("step", step.step(),
                            "at", context.timeline.recorded(step.at()).toString(), "agent", step.agent()),
                            context.key("step-" + caseId + "-" + step.step()), Set.of("step-already-recorded"));
                }
                stage.advance(create);
            }
        });
        stage.done("");
    }
}
