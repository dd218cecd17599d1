package rapport.console.shell;

import java.util.function.Supplier;

/** The console refuses a page itself (a team that is not the user's, a change by a read-only user): a 403 page. */
public final class NotAllowed extends RuntimeException {

    private final transient Supplier<Shell> shell;

    public NotAllowed(String message, Supplier<Shell> shell) {
        super(message);
        this.shell = shell;
    }

    public Shell shell() {
        return shell.get();
    }
}
