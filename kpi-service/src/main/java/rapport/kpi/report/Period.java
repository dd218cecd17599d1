package rapport.kpi.report;

import java.time.LocalDate;

/** A validated period {@code [from, to)} of calendar dates in the team's time zone. */
public record Period(LocalDate from, LocalDate to) {
}
