package rapport.kpi.maths;

/** Tallies of the survey answers submitted in a period, one per question. */
public record Scores(Tally csat, Tally nps, Tally ces, Tally reliability, Tally assurance, Tally tangibles,
        Tally empathy, Tally responsiveness) {

    private static final Tally NONE = Tally.values();
    public static final Scores EMPTY = new Scores(NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE);
}
