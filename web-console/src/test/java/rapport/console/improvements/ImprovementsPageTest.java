package rapport.console.improvements;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import rapport.console.RenderedPages;

@QuarkusTest
@TestSecurity(user = "sam", roles = "assessor")
class ImprovementsPageTest {

    @Test
    void anAssessorSeesTheActionsButNoFormToRecordOne() {
        Document page = RenderedPages.page("/rendered/improvements/list/assessor");

        assertThat(page.select("#improvements li")).hasSize(1);
        assertThat(page.select("#improvements li").text()).contains("First contact resolution expected to go up");
        assertThat(RenderedPages.writeControls(page)).isZero();
        assertThat(page.getElementById("improvement-form")).isNull();
    }

    @Test
    void anAgentGetsTheFormWithItsCsrfTokenAndOnlyKpisThatCanBeEvaluated() {
        Document page = RenderedPages.page("/rendered/improvements/list/agent");

        Element form = page.getElementById("improvement-form");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[type=hidden]").eachAttr("name")).contains("formKey")
                .anyMatch(name -> name.contains("csrf"));
        assertThat(form.select("#targetKpi option").eachAttr("value")).containsExactly("", "fcr", "csat");
        assertThat(page.select("label[for=title]")).hasSize(1);
    }

    @Test
    void kpiServicesRefusalIsShownNextToTheFieldsItNames() {
        Document page = RenderedPages.page("/rendered/improvements/refused");

        Element target = page.getElementById("targetKpi");
        assertThat(target.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(target.attr("aria-describedby")).text())
                .isEqualTo("crr cannot be evaluated: choose a proportion, NPS or a mean");
        assertThat(page.getElementById("description-error").text()).isEqualTo("must not be blank");
        assertThat(page.getElementById("title").val()).isEqualTo("Weekly call-backs");
        assertThat(page.getElementById("form-errors")).isNull();
    }

    @Test
    void aJudgedActionShowsItsVerdictIntervalPValueAndTheBeforeAfterChartWithTheDateMarked() {
        Document page = RenderedPages.page("/rendered/improvements/judged");

        assertThat(page.getElementById("window-open")).isNull();
        assertThat(page.getElementById("verdict").text()).endsWith("a significant improvement.");
        assertThat(page.getElementById("difference").text())
                .isEqualTo("+13.2 percentage points (95 % interval -0.4 to +26.8)");
        assertThat(page.getElementById("p-value").text()).startsWith("p = 0.041 (two-proportion z-test");
        Element svg = page.getElementById("before-after").selectFirst("svg[role=img]");
        assertThat(svg.selectFirst("desc").text()).contains("61 %").contains("74 %");
        assertThat(svg.text()).contains("Answer & book on the first call");
        assertThat(page.select("h1").text()).isEqualTo("Answer & book on the first call");
    }

    @Test
    void aBannerSaysSoWhileTheEvaluationWindowIsOpen() {
        Document open = RenderedPages.page("/rendered/improvements/open");
        Document notStarted = RenderedPages.page("/rendered/improvements/not-started");

        assertThat(open.getElementById("window-open").text()).contains("still open until Sun 1 Nov 2026");
        assertThat(open.getElementById("before-after")).isNotNull();
        assertThat(notStarted.getElementById("window-open").text()).contains("nothing to evaluate yet");
        assertThat(notStarted.getElementById("evaluation")).isNull();
    }
}
