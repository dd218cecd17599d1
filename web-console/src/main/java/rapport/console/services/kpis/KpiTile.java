package rapport.console.services.kpis;

import java.util.Arrays;
import rapport.charts.Scale;

/**
 * A KPI as a tile shows it: its title, its value in its unit ("n/a" when n = 0, never 0), its n, and its definition
 * in one sentence (from docs/kpi-definitions.md) with the definition's name and version.
 */
public record KpiTile(String id, String title, String value, long n, String definition) {

    public static KpiTile of(KpiResult result) {
        return new KpiTile(result.kpi(), result.title(), formatted(result), result.n(),
                KpiGlossary.sentence(result.kpi()) + " (" + result.definition() + ")");
    }

    /** The value as the charts and the evidence PDF write it (libs/charts {@link Scale#format}). */
    static String formatted(KpiResult result) {
        return scale(result.unit()).format(result.value());
    }

    /** The chart scale of a kpi-service unit label; a unit the charts do not know is written as a mean score. */
    public static Scale scale(String unit) {
        return Arrays.stream(Scale.values()).filter(s -> s.label().equals(unit)).findFirst().orElse(Scale.MEAN_SCORE);
    }

    /** The id used for the tile's definition element. */
    public String definitionId() {
        return "definition-" + id;
    }
}
