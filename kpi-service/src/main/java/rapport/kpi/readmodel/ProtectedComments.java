package rapport.kpi.readmodel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import rapport.events.PersonalDataFields;
import rapport.messaging.keys.DataKeys;

/** Reads the comments the read model keeps as feedback.submitted carried them: protected (docs/erasure.md). */
@ApplicationScoped
public class ProtectedComments {

    @Inject
    DataKeys keys;

    /**
     * A comment is protected with its customer's key, or with a key of the response's own when there is one (docs/erasure.md,
     * "Comments"); empty when that key is not held here (shredded, or not arrived yet).
     */
    public Optional<String> reveal(UUID customer, UUID response, String stored) {
        UUID subject = customer == null || keys.find(response).isPresent() ? response : customer;
        return keys.reveal(subject, PersonalDataFields.COMMENT, stored);
    }
}
