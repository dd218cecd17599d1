package rapport.web;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;
import java.util.regex.Pattern;

/** Turns a malformed UUID in a path or query parameter into a 400 naming that parameter (not a bare 404). */
@Provider
public class UuidParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String name = "parameter";
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                name = path.value();
            } else if (annotation instanceof QueryParam query) {
                name = query.value();
            }
        }
        return (ParamConverter<T>) new UuidConverter(name);
    }

    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private record UuidConverter(String name) implements ParamConverter<UUID> {
        @Override
        public UUID fromString(String value) {
            if (value == null) {
                return null;
            }
            if (!CANONICAL.matcher(value).matches()) {
                throw ProblemException.invalidField(name, "must be a UUID, e.g. 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b");
            }
            return UUID.fromString(value);
        }

        @Override
        public String toString(UUID value) {
            return value.toString();
        }
    }
}
