package rapport.console.services.feedback;

import java.util.Map;

/** A survey answer's scores (each optional) and comment. */
public record Answers(Integer csat, Integer nps, Integer ces, Map<String, Integer> rater, String comment) {
}
