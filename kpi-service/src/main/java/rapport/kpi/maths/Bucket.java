package rapport.kpi.maths;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A period {@code [from, to)} of calendar dates in the team's time zone, as instants. {@code
 * previousStart} starts the period of the same length in days right before it (retention's P').
 */
public record Bucket(LocalDate from, LocalDate to, Instant start, Instant end, Instant previousStart) {

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
