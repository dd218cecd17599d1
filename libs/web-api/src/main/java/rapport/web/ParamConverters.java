package rapport.web;

import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A malformed UUID, an unknown enum value, a malformed or unstorable instant, number or boolean in a request
 * parameter is a 400 naming the parameter. JAX-RS would otherwise answer a bare 404 for a path or
 * query parameter it cannot convert, or read "maybe" as false.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == UUID.class) {
            // an empty value is malformed too: a UUID parameter is never optional by being blank
            return (ParamConverter<T>) new Checked<>(name, "must be a UUID, e.g. 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b",
                    ParamConverters::uuid);
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            return new Checked<>(name, "must be one of " + Arrays.toString(type.getEnumConstants()),
                    blankIsAbsent(value -> (T) Enum.valueOf(type, value)));
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) new Checked<>(name, StorableValues.INSTANT,
                    blankIsAbsent(ParamConverters::instant));
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new Checked<>(name, "must be a whole number",
                    blankIsAbsent(value -> Integer.valueOf(value.strip())));
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) new Checked<>(name, "must be true or false",
                    blankIsAbsent(ParamConverters::bool));
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            switch (annotation) {
                case QueryParam query -> {
                    return query.value();
                }
                case PathParam path -> {
                    return path.value();
                }
                case HeaderParam header -> {
                    return header.value();
                }
                case FormParam form -> {
                    return form.value();
                }
                default -> { }
            }
        }
        return "parameter";
    }

    private static <T> Function<String, T> blankIsAbsent(Function<String, T> parse) {
        return value -> value.isEmpty() ? null : parse.apply(value);
    }

    private static UUID uuid(String value) {
        if (!CANONICAL_UUID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return UUID.fromString(value);
    }

    private static Instant instant(String value) {
        Instant instant = Instant.parse(value);
        if (!StorableValues.storable(instant)) {
            throw new IllegalArgumentException("outside years 0001-9999");
        }
        return instant;
    }

    private static Boolean bool(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("neither true nor false");
        };
    }

    /** Parses with {@code parse}; what it rejects is a 400 naming the parameter with {@code expected}. */
    private record Checked<T>(String name, String expected, Function<String, T> parse) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeException e) {
                throw ProblemException.invalidField(name, expected);
            }
        }

        @Override
        public String toString(T value) {
            return value instanceof Enum<?> constant ? constant.name() : value.toString();
        }
    }
}
