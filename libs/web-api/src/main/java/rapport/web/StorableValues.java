package rapport.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Values a request may carry only when PostgreSQL can store them: text without NUL characters, and
 * instants and dates (as ISO-8601 strings, never epoch numbers) within years 0001-9999. The same
 * limits apply to request parameters ({@link ParamConverters}).
 */
final class StorableValues {

    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    static final Instant FIRST_INSTANT = FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    static final Instant LAST_INSTANT = LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
    static final String NO_NUL = "must not contain the NUL character (\\u0000)";
    static final String INSTANT = "must be an ISO-8601 instant within years 0001-9999, e.g. 2026-11-23T09:30:00Z";
    static final String DATE = "must be an ISO-8601 date within years 0001-9999, e.g. 2026-11-23";

    private StorableValues() {
    }

    static boolean storable(String text) {
        return text.indexOf('\0') < 0;
    }

    static boolean storable(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
    }

    static boolean storable(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    static final class Text extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            return text == null || storable(text) ? text
                    : (String) context.handleWeirdStringValue(String.class, text, NO_NUL);
        }
    }

    static final class Instants extends StdScalarDeserializer<Instant> {

        Instants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
            return instant == null || storable(instant) ? instant
                    : (Instant) context.handleWeirdStringValue(Instant.class, parser.getText(), INSTANT);
        }
    }

    static final class Dates extends StdScalarDeserializer<LocalDate> {

        Dates() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            return date == null || storable(date) ? date
                    : (LocalDate) context.handleWeirdStringValue(LocalDate.class, parser.getText(), DATE);
        }
    }
}
