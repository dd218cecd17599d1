package rapport.console.services;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import rapport.console.services.feedback.FeedbackServiceClient;
import rapport.console.services.feedback.ResponseQuery;
import rapport.console.services.kpis.KpiQuery;
import rapport.console.services.kpis.KpiServiceClient;

/**
 * The period and filters reach kpi-service and feedback-service as the query parameters their docs name, with the
 * signed-in user's access token, and an evidence download comes back as kpi-service sent it.
 */
@QuarkusTest
@QuarkusTestResource(value = RecordingService.class, restrictToAnnotatedClass = true)
@TestSecurity(user = "root", roles = "admin")
@OidcSecurity
class ServiceQueriesTest {

    @RestClient
    KpiServiceClient kpis;

    @RestClient
    FeedbackServiceClient feedback;

    @Test
    void kpiFiltersAreSentAsKpiServicesQueryParametersAndEmptyOnesAreLeftOut() {
        kpis.kpis("demo", new KpiQuery(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-12-01"), "jo reid", null,
                "COMPLAINT", "INTERNAL", "HIGH")).await().indefinitely();

        var sent = RecordingService.last("/api/teams/demo/kpis");
        assertThat(sent.getQuery().split("&")).containsExactlyInAnyOrder("from=2026-09-01", "to=2026-12-01",
                "agent=jo+reid", "category=COMPLAINT", "customerKind=INTERNAL", "valueSegment=HIGH");
        assertThat(RecordingService.AUTHORIZATIONS).isNotEmpty().allMatch(value -> value.startsWith("Bearer ey"));
    }

    @Test
    void aSeriesNamesItsKpiInThePathAndItsBucket() {
        kpis.series("demo", "fcr", "month", KpiQuery.period(LocalDate.parse("2026-09-01"),
                LocalDate.parse("2026-12-01"))).await().indefinitely();

        var sent = RecordingService.last("/kpis/fcr/series");
        assertThat(sent.getQuery().split("&")).containsExactlyInAnyOrder("bucket=month", "from=2026-09-01",
                "to=2026-12-01");
    }

    @Test
    void theScoreFilterIsSentUnderItsKind() {
        feedback.responses("demo", new ResponseQuery(LocalDate.parse("2026-11-01"), null, "PAPER", null, null, null,
                "detractor", null), 2, 20).await().indefinitely();

        var sent = RecordingService.last("/api/teams/demo/responses");
        assertThat(sent.getQuery().split("&")).containsExactlyInAnyOrder("from=2026-11-01", "source=PAPER",
                "nps=detractor", "page=2", "size=20");
    }

    @Test
    void theEvidencePdfIsPassedOnAsKpiServiceSentItAndNotKept() {
        Response download = given().get("/teams/demo/evidence/download?format=pdf&from=2026-09-01&to=2026-11-30"
                + "&agent=jordan.reid");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.asByteArray()).isEqualTo(RecordingService.PDF);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.header("Content-Disposition")).isEqualTo(RecordingService.DISPOSITION);
        assertThat(download.header("Cache-Control")).isEqualTo("no-store");
        assertThat(RecordingService.last("/api/teams/demo/evidence").getQuery().split("&"))
                .containsExactlyInAnyOrder("format=pdf", "from=2026-09-01", "to=2026-12-01", "agent=jordan.reid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/kpis", "/kpis?bucket=month&chart=fcr&customerKind=INTERNAL", "/improvements",
        "/evidence", "/evidence?from=2026-09-01&to=2026-11-30&valueSegment=LOW", "/feedback",
        "/feedback?kind=nps&score=detractor", "/feedback/new", "/feedback/link"})
    void everyPageOfTheTeamIsRenderedFromTheServicesAnswers(String page) {
        String html = given().get("/teams/demo" + page).then().statusCode(200).extract().asString();

        assertThat(org.jsoup.Jsoup.parse(html).select("h1")).hasSize(1);
        assertThat(org.jsoup.Jsoup.parse(html).select("nav.main-nav a")).extracting(e -> e.attr("href"))
                .contains("/teams/demo/feedback", "/teams/demo/kpis", "/teams/demo/improvements",
                        "/teams/demo/evidence");
    }

    @Test
    void aRefusedImprovementComesBackWithTheErrorNextToItsFieldAndWhatWasTyped() {
        org.jsoup.nodes.Document refused = post("/teams/demo/improvements", "improvement-form",
                java.util.Map.of("title", "Weekly call-backs", "targetKpi", "fcr", "dateInPlace", "2026-11-02"));

        assertThat(refused.getElementById("targetKpi").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.getElementById("targetKpi-error").text()).isEqualTo("unknown KPI 'fcx'");
        assertThat(refused.getElementById("form-errors").text()).contains("csat: must be less than or equal to 5");
        assertThat(refused.getElementById("title").val()).isEqualTo("Weekly call-backs");
    }

    @Test
    void refusedFeedbackComesBackWithTheErrorNextToTheScoreItNames() {
        org.jsoup.nodes.Document refused = post("/teams/demo/feedback/responses", "response-form",
                java.util.Map.of("source", "PHONE", "csat", "9"));

        assertThat(refused.getElementById("csat").attr("aria-describedby")).isEqualTo("csat-error");
        assertThat(refused.getElementById("csat-error").text()).isEqualTo("must be less than or equal to 5");
        assertThat(refused.getElementById("csat").val()).isEqualTo("9");
    }

    /** Fills the form {@code formId} of the page the form is on, as a browser would (CSRF token included). */
    private static org.jsoup.nodes.Document post(String action, String formId, java.util.Map<String, String> typed) {
        String formPage = action.endsWith("/responses") ? "/teams/demo/feedback/new" : action;
        Response page = given().get(formPage);
        org.jsoup.nodes.Element form = org.jsoup.Jsoup.parse(page.asString()).getElementById(formId);
        var request = given().cookies(page.cookies()).contentType("application/x-www-form-urlencoded");
        for (org.jsoup.nodes.Element hidden : form.select("input[type=hidden]")) {
            request = request.formParam(hidden.attr("name"), hidden.val());
        }
        for (var field : typed.entrySet()) {
            request = request.formParam(field.getKey(), field.getValue());
        }
        Response answer = request.post(action);
        assertThat(answer.statusCode()).isEqualTo(400);
        return org.jsoup.Jsoup.parse(answer.asString());
    }
}
