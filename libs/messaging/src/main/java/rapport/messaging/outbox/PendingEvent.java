package rapport.messaging.outbox;

/** One unsent outbox row. */
record PendingEvent(long seq, String topic, String key, String payload) {
}
