package rapport.messaging.inbox;

import java.util.concurrent.CompletableFuture;

/**
 * A requested replay: {@code started} completes once the consumer thread has rewound the topics and cleared the
 * state, or fails with {@link ReplayRefusedException} when it did neither; {@code done} completes when the records
 * present at the start have all been applied (and fails as {@code started} does).
 */
public record ReplayRequest(CompletableFuture<Void> started, CompletableFuture<ReplayProgress> done) {
}
