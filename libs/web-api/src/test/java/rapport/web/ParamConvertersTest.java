package rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParamConvertersTest {

    enum Colour { RED, GREEN }

    /** The parameters a resource method could declare; the tests convert values for them by name. */
    @SuppressWarnings("unused")
    private static void resource(@PathParam("customerId") UUID customerId, @QueryParam("colour") Colour colour,
            @QueryParam("since") Instant since, @QueryParam("size") int size, @QueryParam("limit") Integer limit,
            @QueryParam("all") boolean all, @HeaderParam("X-Dry-Run") Boolean dryRun, UUID unnamed,
            @QueryParam("text") String text) {
    }

    @Test
    void wellFormedValuesConvert() {
        UUID id = UUID.fromString("3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b");
        assertThat(convert("customerId", id.toString())).isEqualTo(id);
        assertThat(convert("colour", "GREEN")).isEqualTo(Colour.GREEN);
        assertThat(convert("since", "2026-11-23T09:30:00Z")).isEqualTo(Instant.parse("2026-11-23T09:30:00Z"));
        assertThat(convert("size", " 20 ")).isEqualTo(20);
        assertThat(convert("limit", "-3")).isEqualTo(-3);
        assertThat(convert("all", "TRUE")).isEqualTo(true);
        assertThat(convert("X-Dry-Run", "false")).isEqualTo(false);
    }

    @Test
    void malformedValuesAre400sNamingTheParameter() {
        assertInvalid("customerId", "3f2b8c1e5d4a4e6f9a7b1c2d3e4f5a6b",
                "must be a UUID, e.g. 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b");
        assertInvalid("colour", "red", "must be one of [RED, GREEN]");
        assertInvalid("since", "2026-11-23", StorableValues.INSTANT);
        assertInvalid("since", "+10000-01-01T00:00:00Z", StorableValues.INSTANT);
        assertInvalid("size", "ten", "must be a whole number");
        assertInvalid("limit", "99999999999", "must be a whole number");
        assertInvalid("all", "maybe", "must be true or false");
        assertInvalid("X-Dry-Run", "yes", "must be true or false");
    }

    @Test
    void anEmptyValueIsAbsentExceptForAUuid() {
        assertThat(convert("colour", "")).isNull();
        assertThat(convert("since", "")).isNull();
        assertThat(convert("size", "")).isNull();
        assertThat(convert("all", "")).isNull();
        assertThat(convert("customerId", null)).isNull();
        assertInvalid("customerId", "", "must be a UUID, e.g. 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b");
    }

    @Test
    void aParameterWithoutAnnotationIsNamedGenerically() {
        assertInvalid("unnamed", "x", "must be a UUID, e.g. 3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b", "parameter");
    }

    @Test
    void otherTypesAreLeftToJaxRs() {
        Parameter text = parameter("text");
        assertThat(new ParamConverters().getConverter(String.class, String.class, text.getAnnotations())).isNull();
    }

    @Test
    void valuesFormatBackToWhatTheyParseFrom() {
        assertThat(converter("colour").toString(Colour.RED)).isEqualTo("RED");
        assertThat(converter("since").toString(Instant.parse("2026-11-23T09:30:00Z")))
                .isEqualTo("2026-11-23T09:30:00Z");
    }

    private static void assertInvalid(String parameter, String value, String message) {
        assertInvalid(parameter, value, message, parameter);
    }

    private static void assertInvalid(String parameter, String value, String message, String namedAs) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> convert(parameter, value));
        assertThat(e).as("%s=%s is rejected", parameter, value).isNotNull();
        assertThat(e.problem().getStatus()).isEqualTo(400);
        assertThat(e.problem().getErrors()).containsExactly(new FieldError(namedAs, message));
    }

    private static Object convert(String parameter, String value) {
        return converter(parameter).fromString(value);
    }

    @SuppressWarnings("unchecked")
    private static ParamConverter<Object> converter(String parameter) {
        Parameter p = parameter(parameter);
        return (ParamConverter<Object>) new ParamConverters().getConverter(p.getType(), p.getParameterizedType(),
                p.getAnnotations());
    }

    private static Parameter parameter(String name) {
        Method method = Arrays.stream(ParamConvertersTest.class.getDeclaredMethods())
                .filter(m -> m.getName().equals("resource")).findFirst().orElseThrow();
        return Arrays.stream(method.getParameters())
                .filter(p -> name.equals(nameOf(p.getAnnotations())) || name.equals(p.getName()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no parameter " + name));
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof PathParam path) {
                return path.value();
            }
            if (a instanceof QueryParam query) {
                return query.value();
            }
            if (a instanceof HeaderParam header) {
                return header.value();
            }
        }
        return null;
    }
}
