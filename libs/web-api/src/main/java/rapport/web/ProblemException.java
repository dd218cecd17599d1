package rapport.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * A client error a service raises on purpose: it becomes a problem+json response with this status.
 * Services throw it from their business methods (so the transaction rolls back and nothing is
 * half-written); the resource layer never builds error responses itself.
 */
public class ProblemException extends WebApplicationException {

    private final transient Problem problem;

    public ProblemException(int status, String slug, String title, String detail, List<FieldError> errors,
            Map<String, Object> extensions) {
        super(detail, status);
        this.problem = new Problem(slug, title, status, detail, null, errors, extensions);
    }

    public Problem problem() {
        return problem;
    }

    /** 400: one request field is invalid. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new FieldError(field, message)), null);
    }

    /** 404: the resource does not exist (or is not visible to this team). */
    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist in this team",
                null, null);
    }

    /** 409: the request conflicts with the current state. */
    public static ProblemException conflict(String slug, String title, String detail, Map<String, Object> extensions) {
        return new ProblemException(409, slug, title, detail, null, extensions);
    }

    /** 422: well-formed but cannot be applied in the current state. */
    public static ProblemException unprocessable(String slug, String title, String detail, String field) {
        return new ProblemException(422, slug, title, detail,
                field == null ? null : List.of(new FieldError(field, detail)), null);
    }

    public Response toResponse() {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
