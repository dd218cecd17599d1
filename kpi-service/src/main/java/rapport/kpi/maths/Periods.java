package rapport.kpi.maths;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** Period and bucket arithmetic in the team's time zone: dates become instants at local midnight. */
public final class Periods {

    private Periods() {
    }

    public static Bucket period(LocalDate from, LocalDate to, ZoneId zone) {
        long days = ChronoUnit.DAYS.between(from, to);
        return new Bucket(from, to, from.atStartOfDay(zone).toInstant(), to.atStartOfDay(zone).toInstant(),
                from.minusDays(days).atStartOfDay(zone).toInstant());
    }

    /**
     * The whole days, ISO weeks or calendar months that cover {@code [from, to)}: the first bucket
     * starts at the start of the unit containing {@code from}, the last ends at the end of the unit
     * containing the day before {@code to}. Each bucket is a period of its own.
     */
    public static List<Bucket> buckets(LocalDate from, LocalDate to, BucketSize size, ZoneId zone) {
        List<Bucket> buckets = new ArrayList<>();
        if (!from.isBefore(to)) {
            return buckets;
        }
        for (LocalDate start = startOf(from, size); start.isBefore(to); start = next(start, size)) {
            buckets.add(period(start, next(start, size), zone));
        }
        return buckets;
    }

    static LocalDate startOf(LocalDate date, BucketSize size) {
        return switch (size) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate start, BucketSize size) {
        return switch (size) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }
}
