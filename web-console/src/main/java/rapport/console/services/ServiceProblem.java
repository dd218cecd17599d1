package rapport.console.services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A service answered a call with an error: its RFC 9457 problem+json body (type, title, detail, the fields it names),
 * or, when the body is not one, what the status alone says. Pages show {@link #fieldErrors()} next to their fields.
 */
public final class ServiceProblem extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE_BASE = "https://rapport.dev/problems/";

    private final String service;
    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;
    private final JsonNode body;

    ServiceProblem(String service, int status, String type, String title, String detail, List<FieldError> errors,
            JsonNode body) {
        super(service + " answered " + status + " " + type);
        this.service = service;
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.body = body;
    }

    /** Reads a 4xx/5xx answer of {@code service}; never throws. */
    public static ServiceProblem of(String service, Response response) {
        int status = response.getStatus();
        JsonNode body = null;
        try {
            if (response.hasEntity()) {
                body = JSON.readTree(response.readEntity(String.class));
            }
        } catch (RuntimeException | java.io.IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return new ServiceProblem(service, status, "http-" + status, response.getStatusInfo().getReasonPhrase(),
                    null, List.of(), JSON.createObjectNode());
        }
        List<FieldError> errors = new ArrayList<>();
        for (JsonNode error : body.path("errors")) {
            errors.add(new FieldError(error.path("field").asText(""), error.path("message").asText("")));
        }
        String type = body.path("type").asText("");
        return new ServiceProblem(service, status, type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type,
                body.path("title").asText(null), body.path("detail").asText(null), errors, body);
    }

    public String service() {
        return service;
    }

    public int status() {
        return status;
    }

    /** The problem type's slug, e.g. {@code validation}, {@code duplicate-customer}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** An extension member of the problem (e.g. {@code existingId} of a duplicate customer). */
    public Optional<String> extension(String name) {
        JsonNode value = body.path(name);
        return value.isMissingNode() || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    /**
     * The message for each field the service named, by the field's base name ({@code techniques[0]} and
     * {@code answers.csat} become {@code techniques} and {@code csat}), in the service's order.
     */
    public Map<String, String> fieldErrors() {
        return errors.stream().collect(Collectors.toMap(e -> baseName(e.field()), FieldError::message,
                (a, b) -> a + "; " + b, LinkedHashMap::new));
    }

    private static String baseName(String field) {
        int bracket = field.indexOf('[');
        String name = bracket < 0 ? field : field.substring(0, bracket);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
