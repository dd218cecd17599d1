package rapport.messaging.inbox;

/**
 * An event that cannot be applied yet because something it needs has not arrived on another topic (a customer's data
 * key, docs/erasure.md): it is retried later, as after a transient failure, and never dead-lettered for it.
 */
public class RetryLaterException extends RuntimeException {

    public RetryLaterException(String message) {
        super(message);
    }
}
