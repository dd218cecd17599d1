package rapport.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigInteger;
import java.net.URI;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become HTTP responses: every client error is an RFC 9457
 * problem+json naming the bad fields; a request that cannot get a database connection in time is a
 * retryable 503, and so is a database that cannot be reached; anything else unexpected is a 500 without
 * internals, logged with an id the client can quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String RETRY_AFTER_SECONDS = "1";
    /** PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");
    /** PostgreSQL refusing a connection because every one of its max_connections (or a role's limit) is taken. */
    private static final String TOO_MANY_CONNECTIONS = "53300";
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']*)'");
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class, Byte.class, byte.class, BigInteger.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem().withInstance(instance(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        boolean onResponse = e.getConstraintViolations().stream()
                .anyMatch(v -> lastNode(v.getPropertyPath()).getKind() == ElementKind.RETURN_VALUE);
        if (onResponse) {
            return unexpected(e, uri);
        }
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem("validation", "Invalid request", 400, detail, instance(uri), errors, null));
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri) {
        boolean nul = e.getValue() instanceof String text && !StorableValues.storable(text);
        return fieldProblem(jsonPath(e), nul ? StorableValues.NO_NUL : expected(e.getTargetType()), uri);
    }

    /** A JSON value of the wrong type: an array or scalar for an object, a number for text, a fraction for a count. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return fieldProblem(jsonPath(e), expected(e.getTargetType()), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        return fieldProblem(jsonPath(e), "has the wrong type or shape", uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            return fieldProblem(duplicate.group(1), "appears more than once in the object", uri);
        }
        String detail = e instanceof StreamConstraintsException
                ? "the body is nested deeper than " + StrictJson.MAX_NESTING_DEPTH + " levels or holds an oversized value"
                : "the body is not valid JSON";
        return respond(new Problem("malformed-body", "Malformed request body", 400, detail + where, instance(uri),
                null, null));
    }

    private static Response fieldProblem(String field, String message, UriInfo uri) {
        if (field.isEmpty()) {
            return respond(new Problem("malformed-body", "Malformed request body", 400,
                    "the body is not the JSON this endpoint expects: it " + message, instance(uri), null, null));
        }
        return respond(new Problem("validation", "Invalid request", 400, field + ": " + message, instance(uri),
                List.of(new FieldError(field, message)), null));
    }

    /** What a field of this Java type must be, in the client's (JSON's) words. */
    static String expected(Class<?> target) {
        if (target == null) {
            return "has the wrong type or shape";
        } else if (target.isEnum()) {
            return "must be one of " + Arrays.toString(target.getEnumConstants());
        } else if (target == UUID.class) {
            return "must be a UUID";
        } else if (target == String.class) {
            return "must be a string";
        } else if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        } else if (WHOLE_NUMBERS.contains(target)) {
            return "must be a whole number";
        } else if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "must be a number";
        } else if (target == Instant.class) {
            return StorableValues.INSTANT;
        } else if (target == LocalDate.class) {
            return StorableValues.DATE;
        } else if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "must be an array";
        }
        return "must be a JSON object";
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem("unauthorized", "Authentication required", 401,
                "send a valid bearer token from the configured issuer (Authorization: Bearer <token>)", instance(uri),
                null, null);
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(problem).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "your token does not allow this request" : e.getMessage();
        return respond(new Problem("forbidden", "Forbidden", 403, detail, instance(uri), null, null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // the JSON reader wraps what Jackson says about a bad body into a bare 400: unwrap it to name the field
        switch (e.getCause()) {
            case InvalidFormatException invalid -> {
                return invalidValue(invalid, uri);
            }
            case MismatchedInputException mismatched -> {
                return mismatchedInput(mismatched, uri);
            }
            case JsonMappingException mapping -> {
                return unreadableJson(mapping, uri);
            }
            case JsonProcessingException parsing -> {
                return malformedJson(parsing, uri);
            }
            case null, default -> { }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.StatusType info = e.getResponse().getStatusInfo();
        String title = info.getReasonPhrase();
        return respond(new Problem(slug(title), title, status, e.getMessage(), instance(uri), null, null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (outOfConnections(e)) {
            return overloaded(uri);
        }
        if (databaseUnreachable(e)) {
            return retryable(503, "database-unavailable", "Database unavailable",
                    "the service cannot reach its database right now; nothing was stored: retry this request shortly "
                            + "(with the same Idempotency-Key)", uri);
        }
        if (ConflictRetry.lostARace(e)) {
            return retryable(503, "concurrent-update", "Concurrent update",
                    "another request changed the same data at the same moment; retry this one (with the same "
                            + "Idempotency-Key)", uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, uri == null ? "?" : uri.getPath());
        return respond(new Problem("internal", "Internal error", 500,
                "something went wrong on our side; quote error id " + errorId + " when reporting it", instance(uri),
                null, Map.of("errorId", errorId)));
    }

    /**
     * Under overload every database connection is busy and a request gives up waiting for one: that
     * is a 503 the client may retry, not a 500. Any other database failure stays a 500.
     */
    private static Response overloaded(UriInfo uri) {
        return retryable(503, "overloaded", "Service overloaded",
                "the service is too busy to take this request now; retry it shortly (with the same Idempotency-Key)",
                uri);
    }

    private static Response retryable(int status, String slug, String title, String detail, UriInfo uri) {
        Problem problem = new Problem(slug, title, status, detail, instance(uri), null, null);
        return Response.status(status).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .entity(problem).build();
    }

    /**
     * Whether no connection could be had: the pool's acquisition timeout (Agroal: "Sorry, acquisition timeout!"), or
     * the server refusing a new connection because all its slots are taken (SQLSTATE 53300, "sorry, too many
     * clients already"), however the persistence layer wrapped it.
     */
    static boolean outOfConnections(Throwable e) {
        return Causes.any(e, t -> t instanceof SQLException sql && sql.getMessage() != null
                && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout"))
                || Causes.anySqlState(e, TOO_MANY_CONNECTIONS::equals);
    }

    /**
     * Whether the database could not be reached or went away mid-request (PostgreSQL's SQLSTATE class 08, connection
     * exception, and 57P01-57P03, the server shutting down or starting): the transaction did not commit, so the
     * request may be retried (docs/reliability.md, "PostgreSQL restarted under load").
     */
    static boolean databaseUnreachable(Throwable e) {
        return Causes.anySqlState(e, state -> state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static URI instance(UriInfo uri) {
        return uri == null ? null : URI.create(uri.getRequestUri().getRawPath());
    }

    /** {@code create.request.email} → {@code email}; a method parameter keeps its own name. */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> { }
                case PARAMETER -> name.setLength(0);
                default -> {
                    if (!name.isEmpty()) {
                        name.append('.');
                    }
                    name.append(node.getName());
                    if (node.getIndex() != null) {
                        name.append('[').append(node.getIndex()).append(']');
                    }
                }
            }
        }
        if (name.isEmpty()) {
            name.append(lastNode(violation.getPropertyPath()).getName());
        }
        return name.toString();
    }

    private static Path.Node lastNode(Path path) {
        Path.Node last = null;
        for (Path.Node node : path) {
            last = node;
        }
        return last;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String slug(String title) {
        return title == null ? "error" : title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
