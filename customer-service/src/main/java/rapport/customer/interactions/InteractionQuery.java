package rapport.customer.interactions;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import rapport.customer.common.Channel;

/** Filters of the team's contact list; all optional, combined with AND. The period is half-open: [from, to). */
public class InteractionQuery {

    @QueryParam("agent")
    @Size(max = 100)
    @Parameter(example = "alice")
    public String agent;

    @QueryParam("channel")
    @Parameter(example = "PHONE")
    public Channel channel;

    @QueryParam("direction")
    @Parameter(example = "INBOUND")
    public Direction direction;

    @QueryParam("category")
    @Parameter(example = "COMPLAINT")
    public Category category;

    @QueryParam("outcome")
    @Parameter(example = "RESOLVED")
    public Outcome outcome;

    @QueryParam("from")
    @Parameter(description = "Contacts that occurred at or after this instant", example = "2026-11-01T00:00:00Z")
    public Instant from;

    @QueryParam("to")
    @Parameter(description = "Contacts that occurred before this instant", example = "2026-12-01T00:00:00Z")
    public Instant to;

    @QueryParam("includeVoided")
    @DefaultValue("true")
    @Parameter(description = "Whether voided contacts are listed (marked voided)", example = "false")
    public boolean includeVoided;
}
