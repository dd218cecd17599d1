package rapport.kpi.maths;

import java.util.Map;

/** response-rate/v1: of the invitations sent in the period, the share answered (at any time). */
public final class ResponseRate {

    private ResponseRate() {
    }

    public static KpiResult compute(long sent, long answered) {
        return KpiResult.percentage(Kpi.RESPONSE_RATE, answered, sent, null, Map.of());
    }
}
