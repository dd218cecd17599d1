package rapport.customer.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import rapport.web.ProblemException;

/**
 * An unknown enum value, a malformed time, number or boolean in a query parameter is a 400 naming
 * the parameter (JAX-RS would otherwise answer a bare 404, or read "maybe" as false).
 */
@Provider
public class QueryParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(nameOf(annotations), (Class<? extends Enum>) rawType);
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) new InstantConverter(nameOf(annotations));
        }
        if (rawType == int.class || rawType == Integer.class) {
            return (ParamConverter<T>) new IntConverter(nameOf(annotations));
        }
        if (rawType == boolean.class || rawType == Boolean.class) {
            return (ParamConverter<T>) new BooleanConverter(nameOf(annotations));
        }
        return null;
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return "parameter";
    }

    private record EnumConverter<E extends Enum<E>>(String name, Class<E> type) implements ParamConverter<E> {
        @Override
        public E fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        @Override
        public String toString(E value) {
            return value.name();
        }
    }

    private record InstantConverter(String name) implements ParamConverter<Instant> {
        @Override
        public Instant fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField(name, "must be an ISO-8601 instant, e.g. 2026-11-23T09:30:00Z");
            }
        }

        @Override
        public String toString(Instant value) {
            return value.toString();
        }
    }

    private record IntConverter(String name) implements ParamConverter<Integer> {
        @Override
        public Integer fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(value.strip());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidField(name, "must be a whole number");
            }
        }

        @Override
        public String toString(Integer value) {
            return value.toString();
        }
    }

    private record BooleanConverter(String name) implements ParamConverter<Boolean> {
        @Override
        public Boolean fromString(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw ProblemException.invalidField(name, "must be true or false");
            };
        }

        @Override
        public String toString(Boolean value) {
            return value.toString();
        }
    }
}
