package rapport.console.services.kpis;

import java.time.LocalDate;

/** An improvement action to record; the windows default to 28 days either side of {@code dateInPlace}. */
public record NewImprovement(String title, String description, String targetKpi, String expectedDirection,
        LocalDate dateInPlace) {
}
