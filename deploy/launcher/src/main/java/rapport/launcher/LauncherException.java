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
}
