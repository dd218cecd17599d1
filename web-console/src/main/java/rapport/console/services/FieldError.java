package rapport.console.services;

/** One bad field named by a service's problem+json answer. */
public record FieldError(String field, String message) {
}
