package rapport.feedback.directory;

import java.time.Instant;
import java.util.UUID;

public record DirectoryEntry(UUID customerId, String teamId, String displayName, String kind, boolean surveyConsent,
        boolean erased, Instant registeredAt) {

    static DirectoryEntry of(DirectoryCustomer c) {
        return new DirectoryEntry(c.customerId, c.teamId, c.displayName, c.kind, c.surveyConsent, c.erased,
                c.registeredAt);
    }
}
