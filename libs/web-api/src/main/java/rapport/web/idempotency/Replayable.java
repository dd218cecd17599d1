package rapport.web.idempotency;

/**
 * A response body that a replay must not repeat in full (e.g. a secret shown only once): what
 * {@link IdempotentRequests} stores, and a retry with the same key gets, is {@link #replayed()}.
 */
public interface Replayable {

    Object replayed();
}
