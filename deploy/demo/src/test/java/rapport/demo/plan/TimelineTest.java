package rapport.demo.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Timeline at(String localNow) {
        return Timeline.of(LocalDateTime.parse(localNow).atZone(LONDON).toInstant(), LONDON);
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, LONDON);
    }

    @Test
    void daysBeforeTodayArePlacedAsPlannedInLocalTime() {
        Timeline timeline = at("2026-12-02T15:00");
        assertThat(local(timeline.recorded(Moment.at(-3, 9, 30)))).isEqualTo("2026-11-29T09:30");
        // the clocks went back on 25 October 2026: 09:30 is still 09:30 in London
        assertThat(local(timeline.recorded(Moment.at(-38, 9, 30)))).isEqualTo("2026-10-25T09:30");
        assertThat(timeline.date(-90)).isEqualTo(LocalDate.parse("2026-09-03"));
    }

    @Test
    void todaysTimesAreSqueezedInOrderIntoThePartOfTodayThatHasPassed() {
        Timeline timeline = at("2026-12-02T10:00");
        Instant now = ZonedDateTime.of(LocalDateTime.parse("2026-12-02T10:00"), LONDON).toInstant();
        List<Instant> placed = List.of(Moment.at(0, 7, 0), Moment.at(0, 9, 0), Moment.at(0, 12, 0),
                Moment.at(0, 17, 45), Moment.at(0, 21, 59)).stream().map(timeline::recorded).toList();
        assertThat(placed).isSorted().doesNotHaveDuplicates();
        assertThat(placed.getLast()).isBeforeOrEqualTo(now.minus(Duration.ofMinutes(2)));
        assertThat(local(placed.getFirst()).toLocalDate()).isEqualTo("2026-12-02");
    }

    @Test
    void justAfterMidnightTodaysTimesAreStillNotInTheFuture() {
        Timeline timeline = at("2026-12-02T00:01");
        Instant placed = timeline.recorded(Moment.at(0, 17, 0));
        assertThat(placed).isBeforeOrEqualTo(timeline.now());
        assertThat(local(placed).toLocalDate()).isEqualTo("2026-12-02");
    }

    @Test
    void dueTimesAreNotSqueezedAndMayLieAhead() {
        Timeline timeline = at("2026-12-02T10:00");
        assertThat(local(timeline.due(Moment.at(0, 17, 0)))).isEqualTo("2026-12-02T17:00");
        assertThat(local(timeline.due(Moment.at(1, 9, 0)))).isEqualTo("2026-12-03T09:00");
        assertThatThrownBy(() -> timeline.recorded(Moment.at(1, 9, 0))).isInstanceOf(IllegalArgumentException.class);
    }
}
