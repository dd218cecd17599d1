package rapport.console.customers;

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
import rapport.console.services.customers.Customer;
import rapport.console.services.customers.CustomerServiceClient;
import rapport.console.shell.Section;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;

/** The team's customers, searchable by name, e-mail or phone, sorted by name. */
@Path("/teams/{team}/customers")
@Produces(MediaType.TEXT_HTML)
public class CustomersPage {

    static final int PAGE_SIZE = 25;

    @CheckedTemplate(basePath = "customers")
    static class Templates {
        static native TemplateInstance list(Shell shell, String q, Page<Customer> customers);
    }

    @Inject
    Shells shells;

    @RestClient
    CustomerServiceClient customers;

    @GET
    public Uni<TemplateInstance> list(@PathParam("team") String team, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page) {
        Shell shell = shells.page(team, Section.CUSTOMERS, "Customers");
        String search = q == null || q.isBlank() ? null : q.strip();
        return customers.customers(team, search, null, Math.max(page, 0), PAGE_SIZE)
                .map(found -> Templates.list(shell, search, found));
    }
}
