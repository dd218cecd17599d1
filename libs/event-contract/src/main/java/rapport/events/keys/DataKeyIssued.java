package rapport.events.keys;

import java.time.Instant;
import java.util.UUID;

/**
 * Payload of {@code rapport.data-key.issued.v1} on the compacted topic {@code rapport.data-keys}: the key that
 * protects a data subject's personal-data fields in every event (AES-256-GCM, {@code key} in base64). The subject
 * is a customer, or an anonymous survey response (its response id). The record key is the subject id; erasure
 * replaces the value by a tombstone (docs/erasure.md).
 */
public record DataKeyIssued(UUID subjectId, String teamId, String algorithm, String key, Instant issuedAt) {

    /** The only algorithm so far. */
    public static final String AES_256_GCM = "AES-256-GCM";
}
