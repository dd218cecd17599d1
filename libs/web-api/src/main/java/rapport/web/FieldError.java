package rapport.web;

/** One bad field of a request: its name as the client sent it (JSON pointer-like path or parameter name). */
public record FieldError(String field, String message) {
}
