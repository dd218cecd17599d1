package rapport.kpi.maths;

/** Time-series buckets: a day, an ISO week (Monday start) or a calendar month of the team's time zone. */
public enum BucketSize { DAY, WEEK, MONTH }
