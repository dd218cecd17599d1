package rapport.console.cases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import rapport.console.services.ServiceProblem;
import rapport.console.services.customers.CaseDetail;
import rapport.console.services.customers.ComplaintStep;
import rapport.console.services.customers.ComplaintStepRecord;
import rapport.console.services.customers.CustomerServiceClient;
import rapport.console.services.customers.NewComplaintStep;
import rapport.console.shell.FormErrors;
import rapport.console.shell.Section;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;
import rapport.console.shell.TemplateExtensions;

/**
 * One case: its contacts in case order and, for a complaint, the Acknowledge / Apologise / Act / Assure checklist with
 * the time of each step and a form for the next one. A case is resolved by logging a contact with outcome RESOLVED.
 */
@Path("/teams/{team}/cases/{case}")
@Produces(MediaType.TEXT_HTML)
public class CasePage {

    @CheckedTemplate(basePath = "cases")
    static class Templates {
        static native TemplateInstance detail(Shell shell, CaseView view);
    }

    @Inject
    Shells shells;

    @Inject
    Clock clock;

    @RestClient
    CustomerServiceClient customers;

    @GET
    public Uni<TemplateInstance> detail(@PathParam("team") String team, @PathParam("case") UUID id) {
        Shell shell = shells.page(team, Section.CASES, "Case");
        return view(shell, id, FormErrors.none(), null).map(view -> Templates.detail(shell, view));
    }

    /** Records a complaint step; {@code at} (datetime-local, the console's zone) is optional and defaults to now. */
    @POST
    @Path("/steps")
    public Uni<Response> recordStep(@PathParam("team") String team, @PathParam("case") UUID id,
            @RestForm String step, @RestForm String at, @RestForm String formKey) {
        Shell shell = shells.change(team, Section.CASES, "Case");
        ComplaintStep chosen;
        Instant when;
        try {
            chosen = ComplaintStep.valueOf(step);
        } catch (IllegalArgumentException | NullPointerException e) {
            return refused(shell, id, FormErrors.none().with("step", "choose a step"), at);
        }
        try {
            when = at == null || at.isBlank() ? null
                    : LocalDateTime.parse(at.strip()).atZone(TemplateExtensions.ZONE).toInstant();
        } catch (DateTimeException e) {
            return refused(shell, id, FormErrors.none().with("at", "must be a date and time"), at);
        }
        return customers.recordStep(team, id, formKey, new NewComplaintStep(chosen, when))
                .map(recorded -> Response.seeOther(URI.create(shell.base() + "/cases/" + id + "#checklist")).build())
                .onFailure(ServiceProblem.class).recoverWithUni(e -> refused(shell, id,
                        FormErrors.of((ServiceProblem) e, Set.of("step", "at")), at));
    }

    private Uni<Response> refused(Shell shell, UUID id, FormErrors errors, String at) {
        return view(shell, id, errors, at).map(view -> Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.detail(shell, view)).build());
    }

    private Uni<CaseView> view(Shell shell, UUID id, FormErrors errors, String at) {
        // one round: the case names its customer, and a case that is no complaint has no steps (an empty list)
        return Uni.combine().all().unis(customers.caseDetail(shell.team(), id),
                customers.complaintSteps(shell.team(), id)).asTuple().map(both -> new CaseView(both.getItem1(), both.getItem2(), errors,
                        at != null ? at : TemplateExtensions.inputValue(clock.instant()), UUID.randomUUID().toString()));
    }

    /** What the case page shows. */
    public record CaseView(CaseDetail detail, List<ComplaintStepRecord> steps, FormErrors errors, String at,
            String formKey) {

        /** The four steps in the course's order, each with when it was first recorded (or null). */
        public List<StepState> checklist() {
            return java.util.Arrays.stream(ComplaintStep.values()).map(s -> new StepState(s, steps.stream()
                    .filter(r -> r.step() == s).map(ComplaintStepRecord::at).min(Instant::compareTo).orElse(null),
                    steps.stream().filter(r -> r.step() == s).map(ComplaintStepRecord::agent).findFirst().orElse(null)))
                    .toList();
        }

        /** The first step not yet recorded: what the form offers first. */
        public ComplaintStep nextStep() {
            return checklist().stream().filter(s -> s.at() == null).map(StepState::step).findFirst()
                    .orElse(ComplaintStep.ASSURE);
        }

        public List<ComplaintStep> allSteps() {
            return List.of(ComplaintStep.values());
        }
    }

    /** One line of the complaint checklist. */
    public record StepState(ComplaintStep step, Instant at, String agent) {
    }
}
