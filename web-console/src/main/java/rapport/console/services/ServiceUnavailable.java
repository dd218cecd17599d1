package rapport.console.services;

/** A service could not be reached (refused, timed out) or failed with a 5xx: the page says so, never a stack trace. */
public final class ServiceUnavailable extends RuntimeException {

    private final String service;

    public ServiceUnavailable(String service, Throwable cause) {
        super(service + " did not answer", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
