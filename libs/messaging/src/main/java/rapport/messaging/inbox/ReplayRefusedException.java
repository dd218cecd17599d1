package rapport.messaging.inbox;

/** A replay this instance may not run: it does not own every partition of the consumed topics. */
public class ReplayRefusedException extends IllegalStateException {

    public ReplayRefusedException(String message) {
        super(message);
    }
}
