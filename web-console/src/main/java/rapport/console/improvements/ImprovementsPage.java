package rapport.console.improvements;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import rapport.console.services.ServiceProblem;
import rapport.console.services.kpis.KpiQuery;
import rapport.console.services.kpis.KpiResult;
import rapport.console.services.kpis.KpiServiceClient;
import rapport.console.shell.FormErrors;
import rapport.console.shell.Section;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;
import rapport.console.shell.TemplateExtensions;

/**
 * The team's improvement actions, newest first, the form to record one, and each action's evaluation: a before/after
 * chart with the date in place marked, the verdict in plain words with interval and p-value, and a banner while the
 * evaluation window is open.
 */
@Path("/teams/{team}/improvements")
@Produces(MediaType.TEXT_HTML)
public class ImprovementsPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate(basePath = "improvements")
    static class Templates {
        static native TemplateInstance list(Shell shell, ImprovementsView view);

        static native TemplateInstance detail(Shell shell, EvaluationView view);
    }

    @Inject
    Shells shells;

    @Inject
    Clock clock;

    @RestClient
    KpiServiceClient kpis;

    @GET
    public Uni<TemplateInstance> list(@PathParam("team") String team, @QueryParam("page") @DefaultValue("0") int page) {
        Shell shell = shells.page(team, Section.IMPROVEMENTS, "Improvements");
        ImprovementForm form = new ImprovementForm();
        form.expectedDirection = "UP";
        form.dateInPlace = today().toString();
        form.formKey = UUID.randomUUID().toString();
        return view(shell, Math.max(page, 0), form, FormErrors.none()).map(view -> Templates.list(shell, view));
    }

    @POST
    public Uni<Response> record(@PathParam("team") String team, @BeanParam ImprovementForm form) {
        Shell shell = shells.change(team, Section.IMPROVEMENTS, "Improvements");
        FormErrors checked = form.check();
        if (!checked.isEmpty()) {
            return refused(shell, form, checked);
        }
        return kpis.recordImprovement(team, form.formKey, form.request())
                .map(recorded -> Response.seeOther(URI.create(shell.base() + "/improvements/" + recorded.id())).build())
                .onFailure(ServiceProblem.class).recoverWithUni(e -> refused(shell, form,
                        FormErrors.of((ServiceProblem) e, ImprovementForm.FIELDS)));
    }

    /** One action with its evaluation; before the evaluation window starts kpi-service has none (a 422). */
    @GET
    @Path("/{id}")
    public Uni<TemplateInstance> detail(@PathParam("team") String team, @PathParam("id") UUID id) {
        Shell shell = shells.page(team, Section.IMPROVEMENTS, "Improvement");
        return kpis.evaluation(team, id).map(e -> new EvaluationView(e.improvement(), e, today()))
                .onFailure(ServiceProblem.class).recoverWithUni(e -> {
                    if (!"evaluation-window-in-future".equals(((ServiceProblem) e).type())) {
                        return Uni.createFrom().failure(e);
                    }
                    return kpis.improvement(team, id).map(i -> new EvaluationView(i, null, today()));
                })
                .map(view -> Templates.detail(shell, view));
    }

    private Uni<Response> refused(Shell shell, ImprovementForm form, FormErrors errors) {
        return view(shell, 0, form, errors).map(view -> Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.list(shell, view)).build());
    }

    /** The list, and the KPIs' titles (from a one-day report) for the list and the form's choice of target. */
    private Uni<ImprovementsView> view(Shell shell, int page, ImprovementForm form, FormErrors errors) {
        Uni<List<KpiResult>> targets = kpis.kpis(shell.team(), KpiQuery.period(today(), today().plusDays(1)))
                .map(r -> r.kpis());
        return Uni.combine().all().unis(kpis.improvements(shell.team(), page, PAGE_SIZE), targets).asTuple()
                .map(both -> new ImprovementsView(both.getItem1(), both.getItem2(), form, errors));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(TemplateExtensions.ZONE));
    }
}
