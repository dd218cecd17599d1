package rapport.customer.customers;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import rapport.customer.common.Channel;
import rapport.web.PageParams;

/** Filters of the customer list; all optional, combined with AND. */
public class CustomerQuery {

    @QueryParam("id")
    @Size(max = PageParams.MAX_SIZE)
    @Parameter(description = "Only these customers, the parameter repeated for each (at most " + PageParams.MAX_SIZE
            + "): the names of the customers another service's list mentions, in one call. Ids of other teams' "
            + "customers match nothing", example = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")
    public List<UUID> id;

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Search: part of the name or e-mail (case-insensitive), or at least 3 digits of the phone",
            example = "lovelace")
    public String q;

    @QueryParam("kind")
    @Parameter(example = "EXTERNAL")
    public CustomerKind kind;

    @QueryParam("valueSegment")
    @Parameter(example = "HIGH")
    public ValueSegment valueSegment;

    @QueryParam("preferredChannel")
    @Parameter(example = "EMAIL")
    public Channel preferredChannel;

    @QueryParam("status")
    @Parameter(example = "ACTIVE")
    public CustomerStatus status;
}
