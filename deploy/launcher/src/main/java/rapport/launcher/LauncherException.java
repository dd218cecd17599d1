package rapport.launcher;

/**
 * A failure the user can act on: a missing prerequisite, a component that did not become ready, a port taken by
 * someone else. {@link Main} prints the message (which says what is wrong and what to do) and exits with 1.
 */
final class LauncherException extends RuntimeException {

    LauncherException(String message) {
        super(message);
    }

    LauncherException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code what} failed with {@code e}; a full disk, which a newcomer meets most, also says what to do. */
    static LauncherException of(String what, Exception e, String command) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No space left on device")) {
                return new LauncherException(what + ": the disk is full (" + t.getMessage() + "). Free some space "
                        + "(df -h) and run ./rapport " + command + " again.", e);
            }
        }
        return new LauncherException(what + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage()), e);
    }
}
