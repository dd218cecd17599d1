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
}
