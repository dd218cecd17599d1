package rapport.kpi.maths;

/** aht/v1: mean durationMinutes of the period's non-voided contacts that have one. */
public final class HandlingTime {

    private HandlingTime() {
    }

    public static KpiResult averageHandlingTime(Tally durations) {
        return KpiResult.mean(Kpi.AHT, durations);
    }
}
