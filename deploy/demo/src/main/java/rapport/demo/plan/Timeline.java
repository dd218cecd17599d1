package rapport.demo.plan;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Places the relative {@link Moment}s of a placement on the calendar: day 0 is {@code today} in the team's time
 * zone. Nothing may be recorded in the future, so today's planned contacts, steps, answers and promises are
 * squeezed, in their order, into the part of today that has passed ({@link #recorded}); due times are not
 * ({@link #due}). Everything before today is placed as planned.
 */
public record Timeline(LocalDate today, Instant now, ZoneId zone) {

    /** Today's squeezed times stay this far behind now, within the services' clock-skew tolerance either way. */
    private static final Duration MARGIN = Duration.ofMinutes(2);

    public static Timeline of(Instant now, ZoneId zone) {
        return new Timeline(LocalDate.ofInstant(now, zone), now, zone);
    }

    public LocalDate date(int day) {
        return today.plusDays(day);
    }

    /** When something that has happened happened: never after {@code now - 2 minutes}. */
    public Instant recorded(Moment moment) {
        if (moment.day() > 0) {
            throw new IllegalArgumentException("not yet happened: " + moment);
        }
        Instant planned = due(moment);
        if (moment.day() < 0) {
            return planned;
        }
        // today: [07:00, 22:00] maps linearly onto [start, end], the part of today up to now - MARGIN
        Instant midnight = today.atStartOfDay(zone).toInstant();
        Instant end = min(atMinute(Moment.LATEST), now.minus(MARGIN));
        if (end.isBefore(midnight)) {
            end = midnight;
        }
        Instant start = min(atMinute(Moment.EARLIEST), midnight.plus(Duration.between(midnight, end).dividedBy(3)));
        double share = (moment.minute() - Moment.EARLIEST) / (double) (Moment.LATEST - Moment.EARLIEST);
        share = Math.max(0, Math.min(1, share));
        long span = Duration.between(start, end).toMillis();
        return start.plusMillis(Math.round(span * share));
    }

    /** A time something is due: as planned, in the future too. */
    public Instant due(Moment moment) {
        return ZonedDateTime.of(date(moment.day()), LocalTime.ofSecondOfDay(moment.minute() * 60L), zone).toInstant();
    }

    private Instant atMinute(int minute) {
        return due(new Moment(0, minute));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
