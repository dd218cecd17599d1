package rapport.console.services.feedback;

import java.util.UUID;

/** A survey invitation by hand; {@code sendEmail} false only returns the link. */
public record NewInvitation(UUID customerId, String channel, boolean sendEmail) {
}
