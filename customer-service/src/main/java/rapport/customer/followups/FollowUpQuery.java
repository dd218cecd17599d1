package rapport.customer.followups;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the follow-up list. */
public class FollowUpQuery {

    @QueryParam("state")
    @DefaultValue("OPEN")
    @Parameter(description = "OPEN (default), DUE (by dueBefore, overdue included), OVERDUE, COMPLETED or ALL",
            example = "DUE")
    public FollowUpState state;

    @QueryParam("dueBefore")
    @Parameter(description = "With state=DUE: due at or before this instant (default: 24 hours from now)",
            example = "2026-11-24T17:00:00Z")
    public Instant dueBefore;

    @QueryParam("agent")
    @Size(max = 100)
    @Parameter(description = "Promises this team member must keep", example = "alice")
    public String agent;

    @QueryParam("customerId")
    @Parameter(example = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b")
    public UUID customerId;
}
