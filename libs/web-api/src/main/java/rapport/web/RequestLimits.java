package rapport.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A request too large to take is refused with a problem, as every other refusal: a body over
 * {@code quarkus.http.limits.max-body-size} (413) or a request URI over {@value #MAX_URI_LENGTH}
 * characters (414). Runs before Quarkus' own limit check, which would answer with an empty body. The
 * HTTP server's own line limit ({@code quarkus.http.limits.max-initial-line-length}) is set well above
 * {@value #MAX_URI_LENGTH}, so only URIs beyond that still meet a bare 414.
 */
@ApplicationScoped
public class RequestLimits {

    static final int MAX_URI_LENGTH = 8192;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String uri = context.request().uri();
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (uri.length() > MAX_URI_LENGTH) {
            refuse(context, new Problem("uri-too-long", "URI too long", 414, "the request URI is longer than "
                    + MAX_URI_LENGTH + " characters; send long values in a request body", null,
                    java.util.List.of(new FieldError("uri", "longer than " + MAX_URI_LENGTH + " characters")), null));
        } else if (length != null && tooLong(length)) {
            refuse(context, new Problem("body-too-large", "Request body too large", 413, "the request body is larger "
                    + "than " + maxBodySize.asLongValue() + " bytes", instance(uri),
                    java.util.List.of(new FieldError("body", "larger than " + maxBodySize.asLongValue() + " bytes")),
                    null));
        } else {
            context.next();
        }
    }

    private boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false; // the HTTP server itself refuses a malformed Content-Length
        }
    }

    private void refuse(RoutingContext context, Problem problem) {
        try {
            context.response().setStatusCode(problem.getStatus())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close") // the rest of an oversized body is not read
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static URI instance(String uri) {
        try {
            return URI.create(new URI(uri).getRawPath());
        } catch (Exception e) {
            return null;
        }
    }
}
