package rapport.console.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import rapport.console.services.customers.CaseStatus;
import rapport.console.services.customers.CustomerServiceClient;
import rapport.console.services.kpis.KpiQuery;
import rapport.console.services.kpis.KpiServiceClient;
import rapport.console.shell.Section;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;
import rapport.console.shell.TemplateExtensions;

/**
 * The team's home: follow-up promises due today and overdue, open cases oldest first, today's contacts and KPI tiles
 * for the last 28 days. The four calls go out at once, and that is all: the lists carry their customers' names.
 */
@Path("/teams/{team}")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    static final int LISTED = 20;

    @CheckedTemplate(basePath = "home")
    static class Templates {
        static native TemplateInstance home(Shell shell, TeamDay day);
    }

    @Inject
    Shells shells;

    @Inject
    Clock clock;

    @RestClient
    CustomerServiceClient customers;

    @RestClient
    KpiServiceClient kpis;

    @GET
    public Uni<TemplateInstance> home(@PathParam("team") String team) {
        Shell shell = shells.page(team, Section.HOME, "Home");
        LocalDate today = LocalDate.now(clock.withZone(TemplateExtensions.ZONE));
        var startOfDay = today.atStartOfDay(TemplateExtensions.ZONE).toInstant();
        var endOfDay = today.plusDays(1).atStartOfDay(TemplateExtensions.ZONE).toInstant();
        return Uni.combine().all().unis(
                customers.followUps(team, "DUE", endOfDay, null, 0, LISTED),
                customers.cases(team, CaseStatus.OPEN, null, null, 0, LISTED),
                customers.contacts(team, startOfDay, endOfDay, null, false, 0, LISTED),
                kpis.kpis(team, KpiQuery.period(today.minusDays(TeamDay.KPI_DAYS - 1), today.plusDays(1)))).asTuple()
                .map(all -> Templates.home(shell, new TeamDay(today, clock.instant(), all.getItem1(), all.getItem2(),
                        all.getItem3(), all.getItem4())));
    }
}
