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
 * An unknown enum value or a malformed time in a query parameter is a 400 naming the parameter
 * (JAX-RS would otherwise answer a bare 404).
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
}
