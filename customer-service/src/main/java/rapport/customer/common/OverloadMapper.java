package rapport.customer.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import org.hibernate.exception.GenericJDBCException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import rapport.web.Problem;
import rapport.web.ProblemMappers;

/**
 * Under overload every database connection is busy and a request gives up waiting for one: that is
 * a 503 the client may retry (with its Idempotency-Key), not a 500. Any other JDBC failure stays a 500.
 */
public class OverloadMapper {

    private static final String RETRY_AFTER_SECONDS = "1";

    @ServerExceptionMapper
    public Response jdbcFailure(GenericJDBCException e, UriInfo uri) {
        if (!(e.getCause() instanceof SQLException sql) || sql.getMessage() == null
                || !sql.getMessage().contains("acquisition timeout")) {
            return new ProblemMappers().unexpected(e, uri);
        }
        Problem problem = new Problem("overloaded", "Service overloaded", 503,
                "the service is too busy to take this request now; retry it shortly (with the same Idempotency-Key)",
                uri == null ? null : URI.create(uri.getRequestUri().getRawPath()), null, Map.of());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(problem).build();
    }
}
