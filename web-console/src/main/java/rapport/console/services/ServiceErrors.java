package rapport.console.services;

import jakarta.ws.rs.core.Response;

/** Turns a service's error answer into what the pages handle: a 4xx is a {@link ServiceProblem}, a 5xx unavailable. */
public final class ServiceErrors {

    private ServiceErrors() {
    }

    public static RuntimeException of(String service, Response response) {
        ServiceProblem problem = ServiceProblem.of(service, response);
        if (response.getStatus() >= 500) {
            return new ServiceUnavailable(service, problem);
        }
        return problem;
    }
}
