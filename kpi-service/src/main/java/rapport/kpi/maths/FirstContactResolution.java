package rapport.kpi.maths;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * fcr/v1 (docs/kpi-definitions.md): of the cases whose opening contact is INBOUND and in the period, the share
 * resolved first time. Cases whose repeat window has not closed yet are counted on what is known
 * and reported as {@code provisional}.
 */
public final class FirstContactResolution {

    private FirstContactResolution() {
    }

    public static KpiResult compute(List<FcrGroup> eligible, int windowDays) {
        long total = eligible.stream().mapToLong(FcrGroup::cases).sum();
        long resolved = eligible.stream().filter(g -> g.resolvedFirstTime(windowDays)).mapToLong(FcrGroup::cases).sum();
        long provisional = eligible.stream().filter(g -> g.provisional(windowDays)).mapToLong(FcrGroup::cases).sum();
        return KpiResult.percentage(Kpi.FCR, resolved, total, null,
                Map.of("provisional", provisional, "repeatWindowDays", windowDays));
    }

    /** The same from single cases, as of {@code now}. */
    public static KpiResult ofCases(List<FcrCase> eligible, int windowDays, Instant now) {
        return compute(eligible.stream().map(c -> FcrGroup.of(c, now)).toList(), windowDays);
    }
}
