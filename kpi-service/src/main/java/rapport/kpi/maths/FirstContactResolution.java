package rapport.kpi.maths;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * fcr/v1 (SPEC §5): of the cases whose opening contact is INBOUND and in the period, the share
 * resolved first time. Cases whose repeat window has not closed yet are counted on what is known
 * and reported as {@code provisional}.
 */
public final class FirstContactResolution {

    private FirstContactResolution() {
    }

    public static KpiResult compute(List<FcrCase> eligible, Duration repeatWindow, Instant now) {
        long resolved = eligible.stream().filter(c -> c.resolvedFirstTime(repeatWindow)).count();
        long provisional = eligible.stream().filter(c -> c.provisional(repeatWindow, now)).count();
        return KpiResult.percentage(Kpi.FCR, resolved, eligible.size(), null,
                Map.of("provisional", provisional, "repeatWindowDays", repeatWindow.toHours() / 24.0));
    }
}
