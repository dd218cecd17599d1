package rapport.kpi.improvement;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.kpi.maths.Interval;
import rapport.kpi.maths.KpiResult;
import rapport.kpi.maths.WindowInterval;

/** {@code interval}: the window's own 95 % interval (docs/kpi-definitions.md, "Improvement evaluation"). */
@Schema(description = "The target KPI in one window, with the 95 % interval of its value (null when n = 0)")
public record WindowResult(LocalDate from, LocalDate to, KpiResult result, Interval interval) {

    static WindowResult of(Window window, KpiResult result) {
        return new WindowResult(window.from(), window.to(), result, WindowInterval.of(result));
    }
}
