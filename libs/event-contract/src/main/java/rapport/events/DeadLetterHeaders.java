package rapport.events;

/**
 * Headers a consumer adds to an event it sends to its dead-letter topic ({@link Topics#deadLetter(String)}), after
 * the event's own headers: where the event was read from and why it could not be processed. The value and key
 * are the event's, unchanged, so that it can be replayed after a fix (deploy/README.md, "Dead letters").
 */
public final class DeadLetterHeaders {

    /** The error, as the consumer described it (class and message; never the event's content). */
    public static final String ERROR = "rapport-dlq-error";
    /** The topic the event was read from. */
    public static final String TOPIC = "rapport-dlq-topic";
    /** Its partition there. */
    public static final String PARTITION = "rapport-dlq-partition";
    /** Its offset there. */
    public static final String OFFSET = "rapport-dlq-offset";

    private DeadLetterHeaders() {
    }

    /** Whether a header is one of these, i.e. not one of the event's own. */
    public static boolean isDeadLetterHeader(String key) {
        return key.startsWith("rapport-dlq-");
    }
}
