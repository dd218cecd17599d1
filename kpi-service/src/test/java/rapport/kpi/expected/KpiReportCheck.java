package rapport.kpi.expected;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.util.List;
import java.util.Map;
import rapport.kpi.expected.TeamHistory.Response;

/** Compares kpi-service's answer to {@code GET /api/teams/{team}/kpis} with {@link ExpectedKpis}, KPI by KPI. */
public final class KpiReportCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonPathConfig DOUBLES = new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE);
    private static final List<String> RATER = List.of("rater-reliability", "rater-assurance", "rater-tangibles",
            "rater-empathy", "rater-responsiveness");

    private KpiReportCheck() {
    }

    /**
     * Every KPI's n, numerator and value (only those named in {@code only}, if any); without {@code only}
     * also CRR's new customers, FCR's provisional count, NPS's margin of error and CSAT's Wilson interval.
     */
    public static void assertMatches(JsonPath report, ExpectedKpis expected, String... only) {
        List<String> kpis = List.of(only);
        check(report, kpis, "fcr", expected.fcr());
        List<ExpectedKpis.Value> retention = expected.retention();
        check(report, kpis, "retention", retention.get(0));
        check(report, kpis, "churn", retention.get(1));
        check(report, kpis, "crr", retention.get(2));
        check(report, kpis, "nps", expected.nps());
        check(report, kpis, "csat", expected.csat());
        check(report, kpis, "csat-mean", expected.mean(Response::csat));
        check(report, kpis, "ces", expected.mean(Response::ces));
        check(report, kpis, "ces-easy", expected.cesEasy());
        for (int i = 0; i < RATER.size(); i++) {
            int dimension = i;
            check(report, kpis, RATER.get(i), expected.mean(r -> r.rater()[dimension]));
        }
        check(report, kpis, "response-rate", expected.responseRate());
        List<ExpectedKpis.Value> complaints = expected.complaints();
        check(report, kpis, "complaint-median-hours", complaints.get(0));
        check(report, kpis, "complaint-p90-hours", complaints.get(1));
        check(report, kpis, "complaint-within-target", complaints.get(2));
        check(report, kpis, "complaint-all-steps", complaints.get(3));
        check(report, kpis, "promise-keeping", expected.promiseKeeping());
        check(report, kpis, "aht", expected.aht());
        if (!kpis.isEmpty()) {
            return;
        }
        assertThat(kpi(report, "crr").getLong("details.newCustomers")).as("crr new customers")
                .isEqualTo((long) retention.get(3).numerator());
        assertThat(kpi(report, "fcr").getLong("details.provisional")).as("fcr provisional")
                .isEqualTo(expected.fcrProvisional());
        if (expected.nps().n() > 0) {
            assertThat(kpi(report, "nps").getDouble("details.marginOfError")).as("nps margin of error")
                    .isCloseTo(expected.npsMargin(), within(1e-9));
        }
        if (expected.csat().n() > 0) {
            double[] wilson = expected.csatWilson();
            assertThat(kpi(report, "csat").getDouble("interval.lower")).isCloseTo(wilson[0], within(1e-9));
            assertThat(kpi(report, "csat").getDouble("interval.upper")).isCloseTo(wilson[1], within(1e-9));
        }
    }

    /** One KPI of the report, numbers read as doubles (not rest-assured's default floats) whatever the report's config. */
    public static JsonPath kpi(JsonPath report, String id) {
        Map<String, Object> found = report.using(DOUBLES).getMap("kpis.find { it.kpi == '" + id + "' }");
        assertThat(found).as("the report has " + id).isNotNull();
        return new JsonPath(JSON.valueToTree(found).toString()).using(DOUBLES);
    }

    private static void check(JsonPath report, List<String> only, String id, ExpectedKpis.Value expected) {
        if (!only.isEmpty() && !only.contains(id)) {
            return;
        }
        JsonPath kpi = kpi(report, id);
        assertThat(kpi.getLong("n")).as(id + " n").isEqualTo(expected.n());
        if (expected.value() == null) {
            assertThat(kpi.getString("value")).as(id + " value").isNull();
            return;
        }
        assertThat(kpi.getDouble("value")).as(id + " value").isCloseTo(expected.value(), within(1e-9));
        if (!id.startsWith("complaint-median") && !id.startsWith("complaint-p90")) {
            assertThat(kpi.getDouble("numerator")).as(id + " numerator").isCloseTo(expected.numerator(), within(1e-9));
        }
    }
}
