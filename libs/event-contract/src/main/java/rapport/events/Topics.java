package rapport.events;

/** Kafka topic names. Every topic is keyed by customer id so that one customer's events stay in order. */
public final class Topics {

    /** Everything customer-service publishes: customers, interactions, cases, complaints, follow-ups. */
    public static final String CUSTOMERS = "rapport.customers";
    /** Everything feedback-service publishes: invitations and responses. */
    public static final String FEEDBACK = "rapport.feedback";
    /**
     * The data keys of the personal-data fields (docs/erasure.md), keyed by data subject (customer id, or response id
     * of an anonymous survey response). Compacted: erasure's tombstone is the subject's last record.
     */
    public static final String DATA_KEYS = "rapport.data-keys";

    private Topics() {
    }

    /** The dead-letter topic of one consumer group: events it could not process, with the error in headers. */
    public static String deadLetter(String consumerGroup) {
        return "rapport.dlq." + consumerGroup;
    }
}
