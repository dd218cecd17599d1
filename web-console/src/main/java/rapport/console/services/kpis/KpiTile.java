package rapport.console.services.kpis;

import java.util.Locale;

/**
 * A KPI as a tile shows it: its title, its value in its unit ("n/a" when n = 0, never 0), its n, and its definition
 * in one sentence (from docs/kpi-definitions.md) with the definition's name and version.
 */
public record KpiTile(String id, String title, String value, long n, String definition) {

    public static KpiTile of(KpiResult result) {
        return new KpiTile(result.kpi(), result.title(), formatted(result), result.n(),
                KpiGlossary.sentence(result.kpi()) + " (" + result.definition() + ")");
    }

    static String formatted(KpiResult result) {
        if (result.value() == null) {
            return "n/a";
        }
        double v = result.value();
        return switch (result.unit()) {
            case "percent" -> String.format(Locale.UK, "%.0f %%", v);
            case "nps-points" -> String.format(Locale.UK, "%+.0f", v);
            case "mean-score" -> String.format(Locale.UK, "%.2f", v);
            case "hours" -> String.format(Locale.UK, "%.1f h", v);
            case "minutes" -> String.format(Locale.UK, "%.1f min", v);
            default -> String.format(Locale.UK, "%.2f", v);
        };
    }

    /** The id used for the tile's definition element. */
    public String definitionId() {
        return "definition-" + id;
    }
}
