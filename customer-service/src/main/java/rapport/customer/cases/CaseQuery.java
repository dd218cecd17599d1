package rapport.customer.cases;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import rapport.customer.interactions.Category;

/** Filters of the case list. */
public class CaseQuery {

    @QueryParam("status")
    @DefaultValue("OPEN")
    @Parameter(description = "Cases with this status (default OPEN)", example = "OPEN")
    public CaseStatus status;

    @QueryParam("customerId")
    @Parameter(example = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")
    public UUID customerId;

    @QueryParam("category")
    @Parameter(example = "COMPLAINT")
    public Category category;
}
