package rapport.customer.customers;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import rapport.customer.common.Channel;

/** Filters of the customer list; all optional, combined with AND. */
public class CustomerQuery {

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
