package rapport.kpi.maths;

/** Which way the team expects a KPI to move after an improvement action. */
public enum ExpectedDirection { UP, DOWN }
