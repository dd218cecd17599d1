package rapport.console.shell;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/** How every page writes enum values and times: {@code {contact.channel.label}}, {@code {contact.occurredAt.local}}. */
@TemplateExtension
public final class TemplateExtensions {

    /** Times are shown in this zone (rapport.console.time-zone). */
    public static final ZoneId ZONE = ZoneId.of(ConfigProvider.getConfig()
            .getOptionalValue("rapport.console.time-zone", String.class).orElse("Europe/London"));
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);

    private TemplateExtensions() {
    }

    /** FACE_TO_FACE → "Face to face". */
    static String label(Enum<?> value) {
        return Labels.of(value.name());
    }

    /** An enum value a service sent as text, as people read it: "FACE_TO_FACE" → "Face to face". */
    static String words(String value) {
        return Labels.of(value);
    }

    /** "Tue 2 Dec 2026, 14:05" in the console's zone. */
    static String local(Instant instant) {
        return LOCAL.format(instant.atZone(ZONE));
    }

    /** "14:05" in the console's zone. */
    static String clock(Instant instant) {
        return CLOCK.format(instant.atZone(ZONE));
    }

    /** "Tue 2 Dec 2026". */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** The last day of a period whose end is exclusive, as kpi-service gives it: "to" 1 Dec → "Mon 30 Nov 2026". */
    static String lastDay(LocalDate exclusiveEnd) {
        return day(exclusiveEnd.minusDays(1));
    }

    /** The machine-readable form for {@code <time datetime>}. */
    static String iso(Instant instant) {
        return instant.toString();
    }

    /** A query parameter's value. */
    public static String urlEncoded(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The value of an {@code <input type="datetime-local">} in the console's zone. */
    public static String inputValue(Instant instant) {
        return INPUT.format(instant.atZone(ZONE));
    }
}
