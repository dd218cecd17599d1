package rapport.kpi.maths;

/** The kinds of facts the read model gathers; each KPI needs exactly one. */
public enum Facts { CASES, ACTIVITY, DURATIONS, SCORES, INVITATIONS, COMPLAINTS, PROMISES }
