package rapport.kpi.maths;

/** Which test docs/kpi-definitions.md ("Did a change work?") prescribes when an improvement action targets a KPI. */
public enum StatisticalTest {
    /** Difference of proportions: unpooled 95 % interval, pooled two-sided z-test. */
    TWO_PROPORTIONS,
    /** NPS difference with the per-response variance 100² (p + d − (p − d)²). */
    NPS_DIFFERENCE,
    /** Difference of means: Welch's t-test. */
    WELCH,
    /** The KPI is not a proportion, NPS or mean: it cannot be the target of an evaluation. */
    NONE
}
