package rapport.feedback.survey;

import java.util.Map;
import rapport.web.FieldError;

/** What a customer reads when an answer cannot be stored as posted. */
final class SurveyErrors {

    private static final Map<String, String> QUESTIONS = Map.of(
            "csat", "the satisfaction question (choose 1 to 5)",
            "nps", "the recommendation question (choose 0 to 10)",
            "ces", "the \u201cmade it easy\u201d question (choose 1 to 7)",
            "rater.reliability", "the reliability rating (choose 1 to 5)",
            "rater.assurance", "the assurance rating (choose 1 to 5)",
            "rater.tangibles", "the tangibles rating (choose 1 to 5)",
            "rater.empathy", "the empathy rating (choose 1 to 5)",
            "rater.responsiveness", "the responsiveness rating (choose 1 to 5)");

    private SurveyErrors() {
    }

    static String describe(FieldError error) {
        if (error.field().equals("answers")) {
            return "Please answer at least one question.";
        }
        if (error.field().equals("comment")) {
            return "Your comment is too long: please shorten it to 2,000 characters.";
        }
        return "Please choose again for " + QUESTIONS.getOrDefault(error.field(), error.field()) + ".";
    }
}
