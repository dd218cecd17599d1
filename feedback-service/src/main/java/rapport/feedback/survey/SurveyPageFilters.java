package rapport.feedback.survey;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * For every request under {@code /s/}: a per-address rate limit (429 page), and headers that keep
 * the token in the URL from leaking (no Referer, no caching) and forbid scripts and framing.
 * Behind a reverse proxy, enable quarkus.http.proxy.proxy-address-forwarding so that the client's
 * address is the one limited.
 */
public class SurveyPageFilters {

    private static final String PREFIX = "/s/";

    @Inject
    SurveyRateLimit limiter;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith(PREFIX)) {
            return null;
        }
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        long retryAfter = limiter.tryAcquire(client);
        return retryAfter == 0 ? null : SurveyPages.tooManyRequests(retryAfter);
    }

    @ServerResponseFilter
    public void protect(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith(PREFIX)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Cache-Control", "no-store");
        headers.putSingle("Referrer-Policy", "no-referrer");
        headers.putSingle("X-Robots-Tag", "noindex, nofollow");
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    }
}
