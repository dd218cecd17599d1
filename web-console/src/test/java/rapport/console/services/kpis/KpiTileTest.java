package rapport.console.services.kpis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiTileTest {

    private static KpiResult result(String kpi, String unit, Double value, long n) {
        return new KpiResult(kpi, "Title", kpi + "/v1", unit, value, null, n, null, Map.of());
    }

    @Test
    void aRateWithNoObservationsIsNotApplicableNeverZero() {
        assertThat(KpiTile.of(result("fcr", "percent", null, 0)).value()).isEqualTo("n/a");
    }

    @Test
    void eachUnitIsWrittenAsPeopleReadIt() {
        assertThat(KpiTile.of(result("fcr", "percent", 66.666, 3)).value()).isEqualTo("67 %");
        assertThat(KpiTile.of(result("nps", "nps-points", 25.0, 8)).value()).isEqualTo("+25");
        assertThat(KpiTile.of(result("nps", "nps-points", -12.5, 8)).value()).isEqualTo("-13");
        assertThat(KpiTile.of(result("ces", "mean-score", 5.25, 4)).value()).isEqualTo("5.25");
        assertThat(KpiTile.of(result("complaint-median-hours", "hours", 30.04, 2)).value()).isEqualTo("30.0 h");
        assertThat(KpiTile.of(result("aht", "minutes", 7.25, 4)).value()).isEqualTo("7.3 min");
    }

    @Test
    void theDefinitionSaysWhatIsCountedAndWhichVersion() {
        KpiTile tile = KpiTile.of(result("promise-keeping", "percent", 50.0, 2));

        assertThat(tile.definition()).startsWith("Follow-up promises due in the period").endsWith("(promise-keeping/v1)");
        assertThat(tile.n()).isEqualTo(2);
    }
}
