package rapport.feedback.response;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import rapport.web.ProblemException;

/**
 * A band of scores in a list filter: {@code 4}, {@code 1..2}, or for NPS also {@code detractor}
 * (0–6), {@code passive} (7–8), {@code promoter} (9–10).
 */
record ScoreRange(int min, int max) {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,2})(?:\\.\\.(\\d{1,2}))?");
    private static final Map<String, ScoreRange> NPS_GROUPS = Map.of(
            "detractor", new ScoreRange(0, 6), "passive", new ScoreRange(7, 8), "promoter", new ScoreRange(9, 10));

    static ScoreRange parse(String parameter, String value, int scaleMin, int scaleMax) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().toLowerCase();
        if (scaleMax == 10 && NPS_GROUPS.containsKey(text)) {
            return NPS_GROUPS.get(text);
        }
        Matcher m = RANGE.matcher(text);
        if (!m.matches()) {
            throw invalid(parameter, scaleMin, scaleMax);
        }
        int min = Integer.parseInt(m.group(1));
        int max = m.group(2) == null ? min : Integer.parseInt(m.group(2));
        if (min < scaleMin || max > scaleMax || min > max) {
            throw invalid(parameter, scaleMin, scaleMax);
        }
        return new ScoreRange(min, max);
    }

    private static ProblemException invalid(String parameter, int scaleMin, int scaleMax) {
        String groups = scaleMax == 10 ? ", or detractor, passive, promoter" : "";
        return ProblemException.invalidField(parameter, "must be a score or a range like " + scaleMin + ".." + scaleMax
                + " within " + scaleMin + "-" + scaleMax + groups);
    }
}
