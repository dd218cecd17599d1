package rapport.feedback.survey;

import jakarta.ws.rs.FormParam;
import rapport.feedback.response.Answers;

/** The answer page's form as posted: every field is optional text. */
public class SurveyForm {

    @FormParam("csat")
    public String csat;

    @FormParam("nps")
    public String nps;

    @FormParam("ces")
    public String ces;

    @FormParam("reliability")
    public String reliability;

    @FormParam("assurance")
    public String assurance;

    @FormParam("tangibles")
    public String tangibles;

    @FormParam("empathy")
    public String empathy;

    @FormParam("responsiveness")
    public String responsiveness;

    @FormParam("comment")
    public String comment;

    Answers answers() {
        return new Answers(score(csat), score(nps), score(ces), new Answers.Rater(score(reliability), score(assurance),
                score(tangibles), score(empathy), score(responsiveness)), comment);
    }

    /** The value posted for a question (for showing the form again with the answers kept). */
    String value(String question) {
        return switch (question) {
            case "csat" -> csat;
            case "nps" -> nps;
            case "ces" -> ces;
            case "reliability" -> reliability;
            case "assurance" -> assurance;
            case "tangibles" -> tangibles;
            case "empathy" -> empathy;
            case "responsiveness" -> responsiveness;
            default -> null;
        };
    }

    /** Blank is no answer; anything that is not a number is out of every scale, so validation names it. */
    private static Integer score(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return Integer.MIN_VALUE;
        }
    }
}
