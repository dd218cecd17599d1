package rapport.customer.privacy;

import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.customer.common.CustomerServiceConfig;

/**
 * Personal data about the customer that another service holds, copied from customer-service's events, and where
 * to ask that service for it. Links only: the services never call each other (docs/customer-service.md,
 * "Personal data").
 */
@Schema(description = "Another Rapport service holding data about the customer, and where to get its export and "
        + "erasure record (with the same token)")
public record HeldElsewhere(
        @Schema(examples = "feedback-service") String service,
        @Schema(description = "What it holds about the customer") String holds,
        @Schema(description = "Its export of what it holds",
                examples = HeldElsewhere.EXAMPLE + "/export")
        URI export,
        @Schema(description = "Its record of the customer's erasure (404 until it has applied one)",
                examples = HeldElsewhere.EXAMPLE + "/erasure")
        URI erasure) {

    static final String EXAMPLE = "http://127.0.0.1:8082/api/teams/demo/customers/3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b";
    static final String FEEDBACK_HOLDS = "a directory entry kept from customer-service's events (name, e-mail "
            + "address, kind, survey consent), the case resolutions it heard of, survey invitations (never their "
            + "links), survey mails not yet sent, and survey responses with their scores and comments";
    static final String KPI_HOLDS = "anonymous facts of contacts, cases, follow-ups, invitations and responses "
            + "(kind and value segment, times, channels, outcomes, agents, scores), survey comments, and hashes of "
            + "the parts of the customer's names to mask them in comments; never names, e-mail addresses or phones";

    static List<HeldElsewhere> of(CustomerServiceConfig config, String teamId, UUID customerId) {
        return List.of(at("feedback-service", FEEDBACK_HOLDS, config.feedbackServiceUrl(), teamId, customerId),
                at("kpi-service", KPI_HOLDS, config.kpiServiceUrl(), teamId, customerId));
    }

    private static HeldElsewhere at(String service, String holds, URI base, String teamId, UUID customerId) {
        UriBuilder customer = UriBuilder.fromUri(base).path("/api/teams/{teamId}/customers/{customerId}");
        return new HeldElsewhere(service, holds, customer.clone().path("export").build(teamId, customerId),
                customer.clone().path("erasure").build(teamId, customerId));
    }
}
