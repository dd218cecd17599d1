package rapport.launcher;

/**
 * Bad command-line usage (unknown command or option, missing or invalid value): {@link Main} prints the message and
 * the usage text to stderr and exits with 2.
 */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
