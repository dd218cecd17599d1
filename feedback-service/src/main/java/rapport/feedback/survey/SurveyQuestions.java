package rapport.feedback.survey;

import java.util.List;
import java.util.stream.IntStream;

/** The questions of the answer page, with the wording customers see. */
final class SurveyQuestions {

    record Option(String value, String label, boolean checked) {
    }

    record Question(String name, String legend, String hint, List<Option> options) {
    }

    private static final List<String> SATISFACTION = List.of("Very dissatisfied", "Dissatisfied",
            "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied");
    private static final List<String> AGREEMENT = List.of("Strongly disagree", "Disagree", "Somewhat disagree",
            "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree");
    private static final List<String> QUALITY = List.of("Poor", "Fair", "Good", "Very good", "Excellent");

    private SurveyQuestions() {
    }

    /** CSAT, NPS and CES, with the posted answers selected. */
    static List<Question> main(SurveyForm posted) {
        return List.of(
                worded("csat", "Overall, how satisfied are you with how we handled your issue?",
                        "Choose one, from 1 (very dissatisfied) to 5 (very satisfied).", SATISFACTION, posted),
                numbered("nps", "How likely are you to recommend us to a friend or colleague?",
                        "Choose a number from 0 (not at all likely) to 10 (extremely likely).", 0, 10, posted),
                worded("ces", "How much do you agree: \u201cthe business made it easy to handle my issue\u201d?",
                        "Choose one, from 1 (strongly disagree) to 7 (strongly agree).", AGREEMENT, posted));
    }

    /** The optional RATER ratings. */
    static List<Question> rater(SurveyForm posted) {
        return List.of(
                worded("reliability", "Reliability", "We did what we promised, dependably and accurately.", QUALITY,
                        posted),
                worded("assurance", "Assurance", "Our staff were knowledgeable and courteous, and you could trust "
                        + "them.", QUALITY, posted),
                worded("tangibles", "Tangibles", "Our premises, equipment and materials looked right.", QUALITY,
                        posted),
                worded("empathy", "Empathy", "We cared and gave you individual attention.", QUALITY, posted),
                worded("responsiveness", "Responsiveness", "We were willing to help and did so promptly.", QUALITY,
                        posted));
    }

    private static Question worded(String name, String legend, String hint, List<String> words, SurveyForm posted) {
        String chosen = posted == null ? null : posted.value(name);
        List<Option> options = IntStream.range(0, words.size()).mapToObj(i -> {
            String value = Integer.toString(i + 1);
            return new Option(value, value + " \u2013 " + words.get(i), value.equals(chosen));
        }).toList();
        return new Question(name, legend, hint, options);
    }

    private static Question numbered(String name, String legend, String hint, int from, int to, SurveyForm posted) {
        String chosen = posted == null ? null : posted.value(name);
        List<Option> options = IntStream.rangeClosed(from, to).mapToObj(Integer::toString)
                .map(v -> new Option(v, v, v.equals(chosen))).toList();
        return new Question(name, legend, hint, options);
    }
}
