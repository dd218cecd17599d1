package rapport.console.cases;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import rapport.console.services.Page;
import rapport.console.services.customers.CaseStatus;
import rapport.console.services.customers.CustomerServiceClient;
import rapport.console.services.customers.SupportCase;
import rapport.console.shell.Section;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;

/** The team's cases, open or resolved, oldest first, each with its customer's name (one call). */
@Path("/teams/{team}/cases")
@Produces(MediaType.TEXT_HTML)
public class CasesPage {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate(basePath = "cases")
    static class Templates {
        static native TemplateInstance list(Shell shell, CaseStatus status, Page<SupportCase> cases);
    }

    @Inject
    Shells shells;

    @RestClient
    CustomerServiceClient customers;

    @GET
    public Uni<TemplateInstance> list(@PathParam("team") String team,
            @QueryParam("status") @DefaultValue("OPEN") String status, @QueryParam("page") @DefaultValue("0") int page) {
        Shell shell = shells.page(team, Section.CASES, "Cases");
        CaseStatus chosen = "RESOLVED".equals(status) ? CaseStatus.RESOLVED : CaseStatus.OPEN;
        return customers.cases(team, chosen, null, null, Math.max(page, 0), PAGE_SIZE)
                .map(found -> Templates.list(shell, chosen, found));
    }
}
