package rapport.kpi.maths;

public enum CaseStatus { OPEN, RESOLVED }
