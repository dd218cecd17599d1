package rapport.console.shell;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How every form and filter of the console reads what was typed: blank is nothing, text is stripped, and a value the
 * console cannot read is empty (the form then says so next to its field, or sends nothing so that the service names
 * the field).
 */
public final class FormValues {

    private FormValues() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The text stripped, or null when blank. */
    public static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    public static Optional<UUID> uuid(String value) {
        try {
            return blank(value) ? Optional.empty() : Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A {@code yyyy-MM-dd} date ({@code <input type="date">}). */
    public static Optional<LocalDate> date(String value) {
        try {
            return blank(value) ? Optional.empty() : Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A {@code <input type="datetime-local">} value, in the console's zone. */
    public static Optional<Instant> time(String local) {
        try {
            return blank(local) ? Optional.empty()
                    : Optional.of(LocalDateTime.parse(local.strip()).atZone(TemplateExtensions.ZONE).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A whole number. */
    public static Optional<Integer> number(String value) {
        try {
            return blank(value) ? Optional.empty() : Optional.of(Integer.valueOf(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The non-blank values as a query string ("from=2026-09-01&agent=jo+reid"), in the map's order. */
    public static String queryString(Map<String, String> values) {
        return values.entrySet().stream().filter(e -> !blank(e.getValue()))
                .map(e -> e.getKey() + "=" + TemplateExtensions.urlEncoded(e.getValue().strip()))
                .collect(Collectors.joining("&"));
    }
}
