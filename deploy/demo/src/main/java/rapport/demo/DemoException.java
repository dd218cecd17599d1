package rapport.demo;

/** A failure the user can act on; its message is one line saying what went wrong and what to do. */
public class DemoException extends RuntimeException {

    public DemoException(String message) {
        super(message);
    }

    public DemoException(String message, Throwable cause) {
        super(message, cause);
    }
}
