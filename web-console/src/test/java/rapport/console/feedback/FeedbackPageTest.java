package rapport.console.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import rapport.console.RenderedPages;

@QuarkusTest
@TestSecurity(user = "sam", roles = "assessor")
class FeedbackPageTest {

    @Test
    void responsesShowTheirScoresAndCommentsAsTextNewestFirst() {
        Document page = RenderedPages.page("/rendered/feedback/list/agent");

        assertThat(page.getElementById("responses-heading").text()).isEqualTo("23 responses, newest first");
        Element first = page.select("#responses li").first();
        assertThat(first.selectFirst("a").attr("href")).isEqualTo("/teams/demo/customers/" + FeedbackRendering.ADA);
        assertThat(first.select(".scores").text()).isEqualTo("CSAT 5/5 NPS 10/10");
        assertThat(first.selectFirst("blockquote").text()).isEqualTo("<i>Brilliant</i> & quick");
        assertThat(first.select("i")).isEmpty();
        assertThat(first.text()).contains("Paper, Face to face, about jordan.reid");
        assertThat(page.select("#responses li").get(1).text()).startsWith("No customer named");
        assertThat(page.getElementById("score").val()).isEqualTo("promoter");
        assertThat(page.select("#kind option[selected]").val()).isEqualTo("nps");
        assertThat(page.select("a:contains(Older)").attr("href"))
                .isEqualTo("/teams/demo/feedback?from=2026-11-03&to=2026-11-30&kind=nps&score=promoter&agent=jo+reid&page=1");
    }

    @Test
    void anAssessorReadsTheResponsesButIsOfferedNothingThatWrites() {
        Document agent = RenderedPages.page("/rendered/feedback/list/agent");
        Document assessor = RenderedPages.page("/rendered/feedback/list/assessor");

        assertThat(agent.getElementById("new-link")).isNotNull();
        assertThat(agent.getElementById("record-feedback")).isNotNull();
        assertThat(assessor.select("#responses li")).hasSize(2);
        assertThat(assessor.getElementById("new-link")).isNull();
        assertThat(assessor.getElementById("record-feedback")).isNull();
        assertThat(RenderedPages.writeControls(assessor)).isZero();
    }

    @Test
    void aRefusedScoreFilterIsShownNextToTheScoreField() {
        Document page = RenderedPages.page("/rendered/feedback/list-refused");

        Element score = page.getElementById("score");
        assertThat(score.attr("aria-invalid")).isEqualTo("true");
        assertThat(score.attr("aria-describedby")).isEqualTo("score-hint nps-error");
        assertThat(page.getElementById("nps-error").text()).startsWith("must be a score 0-10");
        assertThat(page.getElementById("responses")).isNull();
    }

    @Test
    void feedbackServicesRefusalOfRecordedFeedbackIsShownNextToTheFieldsItNames() {
        Document page = RenderedPages.page("/rendered/feedback/record-refused");

        Element csat = page.getElementById("csat");
        assertThat(csat.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(csat.attr("aria-describedby")).text()).isEqualTo("must be less than or equal to 5");
        assertThat(csat.val()).isEqualTo("9");
        assertThat(page.getElementById("submittedAt-error").text()).isEqualTo("must not be in the future");
        assertThat(page.select("input[name=customerId][checked]").val()).isEqualTo(FeedbackRendering.ADA.toString());
        assertThat(page.select("#customer-choice label").text()).contains("Ada <b>Lovelace</b>");
        Element form = page.getElementById("response-form");
        assertThat(form.select("input[type=hidden]").eachAttr("name")).anyMatch(n -> n.contains("csrf"));
        assertThat(page.getElementById("form-errors")).isNull();
    }

    @Test
    void anAnswerWithoutAnyScoreIsShownOnTheScores() {
        Document page = RenderedPages.page("/rendered/feedback/record-empty");

        assertThat(page.getElementById("scores").attr("aria-describedby")).isEqualTo("answers-error");
        assertThat(page.getElementById("answers-error").text()).isEqualTo("give at least one score");
        assertThat(page.select("input[name=customerId][value=''][checked]")).hasSize(1);
    }

    @Test
    void aNewSurveyLinkIsShownOnceWithACopyButton() {
        Document page = RenderedPages.page("/rendered/feedback/link-issued");

        Element link = page.getElementById("survey-link");
        assertThat(link.val()).isEqualTo(FeedbackRendering.LINK);
        assertThat(link.hasAttr("readonly")).isTrue();
        assertThat(page.select("label[for=survey-link]")).hasSize(1);
        assertThat(page.getElementById("copy-link").attr("data-copy")).isEqualTo("survey-link");
        assertThat(page.getElementById("link-form")).isNull();
    }

    @Test
    void aLinkRefusedForAReasonNamingNoFieldIsShownAtTheTopOfTheForm() {
        Document page = RenderedPages.page("/rendered/feedback/link-refused");

        assertThat(page.getElementById("form-errors").text())
                .contains("the customer's personal data was erased: they cannot be surveyed");
        assertThat(page.getElementById("q").val()).isEqualTo("ada");
        assertThat(page.getElementById("survey-link")).isNull();
    }

    @Test
    void typedScoresBecomeTheAnswersFeedbackServiceExpects() {
        ResponseForm form = FeedbackRendering.typed();
        form.csat = "4";
        form.empathy = "5";
        form.nps = " ";

        var request = form.request();

        assertThat(form.check().isEmpty()).isTrue();
        assertThat(request.answers().csat()).isEqualTo(4);
        assertThat(request.answers().nps()).isNull();
        assertThat(request.answers().rater()).containsExactly(java.util.Map.entry("empathy", 5));
        assertThat(request.customerId()).isEqualTo(FeedbackRendering.ADA);
        assertThat(request.submittedAt()).isEqualTo(java.time.Instant.parse("2026-11-20T15:30:00Z"));
    }

    @Test
    void whatTheConsoleCannotReadIsRefusedBeforeFeedbackServiceIsAsked() {
        ResponseForm form = FeedbackRendering.typed();
        form.nps = "ten";
        form.submittedAt = "Friday";

        assertThat(form.check().of("nps")).isEqualTo("must be a whole number");
        assertThat(form.check().of("submittedAt")).isEqualTo("must be a date and time");
    }
}
