package rapport.kpi.maths;

import com.fasterxml.jackson.annotation.JsonValue;

/** The unit a KPI value is shown in. */
public enum Unit {
    PERCENT("percent"), NPS_POINTS("nps-points"), MEAN_SCORE("mean-score"), HOURS("hours"), MINUTES("minutes");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
