package rapport.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public answer page: what it shows for each kind of link, and what it refuses to store. */
@QuarkusTest
class SurveyPageTest {

    private static final String TEAM = Fixtures.team("page");
    private static UUID customer;

    @BeforeEach
    void aKnownCustomer() {
        if (customer == null) {
            customer = Fixtures.knownCustomer(TEAM, "Page Customer", null, true);
        }
    }

    @Test
    void anOpenLinkShowsAnAccessibleFormWithEveryQuestion() {
        String token = Fixtures.token(Fixtures.link(TEAM, customer));
        String page = given().get("/s/{token}", token).then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();
        assertThat(page).contains("<html lang=\"en-GB\">", "name=\"viewport\"", "<form method=\"post\">");
        assertThat(page).doesNotContain("<script", token);
        for (String question : List.of("csat", "nps", "ces", "reliability", "assurance", "tangibles", "empathy",
                "responsiveness")) {
            assertThat(page).contains("<fieldset aria-describedby=\"" + question + "-hint\">");
            assertThat(page).contains("<label for=\"" + question + "-1\">");
        }
        assertThat(page).contains("<label for=\"nps-0\">0</label>", "<label for=\"nps-10\">10</label>");
        assertThat(page).doesNotContain("id=\"csat-6\"", "id=\"ces-8\"", "id=\"nps-11\"");
        assertThat(page).contains("<label class=\"block\" for=\"comment\">", "maxlength=\"2000\"");
        assertThat(page.split("<legend>", -1)).hasSize(1 + 3 + 1 + 5);
    }

    @Test
    void unknownAndMalformedLinksGetTheSame404Page() {
        String unknown = given().get("/s/{token}", "A".repeat(43)).then().statusCode(404)
                .contentType(containsString("text/html")).extract().asString();
        String malformed = given().get("/s/{token}", "not-a-token").then().statusCode(404).extract().asString();
        String posted = Fixtures.answer("B".repeat(43), Map.of("csat", "5")).then().statusCode(404).extract().asString();
        String nested = given().get("/s/a/b").then().statusCode(404).extract().asString();
        String empty = given().get("/s/").then().statusCode(404).extract().asString();
        assertThat(unknown).contains("We could not find this survey").isEqualTo(malformed).isEqualTo(posted)
                .isEqualTo(nested).isEqualTo(empty);
    }

    @Test
    void anExpiredLinkGets410AndStoresNothing() throws Exception {
        String token = Fixtures.token(Fixtures.link(TEAM, customer));
        expireInvitationsOf(customer);
        given().get("/s/{token}", token).then().statusCode(410)
                .body(containsString("no longer available")).body(containsString("expired"));
        long before = Fixtures.responsesOf(TEAM);
        Fixtures.answer(token, Map.of("csat", "5")).then().statusCode(410);
        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(before);
    }

    @Test
    void aSecondAnswerOnTheSameLinkIsRefusedWithAlreadyAnswered() throws Exception {
        String token = Fixtures.token(Fixtures.link(TEAM, customer));
        Fixtures.answer(token, Map.of("nps", "10")).then().statusCode(200).body(containsString("Thank you"));
        long stored = Fixtures.responsesOf(TEAM);
        long events = Fixtures.feedbackEventsOf(TEAM);

        Fixtures.answer(token, Map.of("nps", "0")).then().statusCode(410)
                .body(containsString("already been answered"));
        given().get("/s/{token}", token).then().statusCode(410).body(containsString("already been answered"));
        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(stored);
        assertThat(Fixtures.feedbackEventsOf(TEAM)).isEqualTo(events);
    }

    @Test
    void concurrentAnswersOnOneLinkStoreExactlyOne() throws Exception {
        String token = Fixtures.token(Fixtures.link(TEAM, customer));
        long before = Fixtures.responsesOf(TEAM);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String score = Integer.toString(i + 1);
                posts.add(() -> Fixtures.answer(token, Map.of("csat", score)).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(posts)) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsOnlyOnce(200).filteredOn(s -> s != 200).containsOnly(410);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(before + 1);
    }

    @Test
    void outOfRangeOrNonNumericScoresShowTheFormAgainAndStoreNothing() throws Exception {
        String token = Fixtures.token(Fixtures.link(TEAM, customer));
        long before = Fixtures.responsesOf(TEAM);
        long events = Fixtures.feedbackEventsOf(TEAM);
        Fixtures.answer(token, Map.of("csat", "6", "nps", "9", "comment", "kept")).then().statusCode(400)
                .body(containsString("Please check your answers"))
                .body(containsString("the satisfaction question"))
                .body(containsString("id=\"nps-9\" name=\"nps\" value=\"9\" checked"))
                .body(containsString(">kept</textarea>"));
        Fixtures.answer(token, Map.of("ces", "seven")).then().statusCode(400)
                .body(containsString("the \u201cmade it easy\u201d question"));
        Fixtures.answer(token, Map.of("empathy", "0")).then().statusCode(400)
                .body(containsString("the empathy rating"));
        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(before);
        assertThat(Fixtures.feedbackEventsOf(TEAM)).isEqualTo(events);
        given().get("/s/{token}", token).then().statusCode(200);
    }

    @Test
    void anAnswerWithoutAnyScoreIsRefused() throws Exception {
        String token = Fixtures.token(Fixtures.link(TEAM, customer));
        long before = Fixtures.responsesOf(TEAM);
        Fixtures.answer(token, Map.of("comment", "only words")).then().statusCode(400)
                .body(containsString("Please answer at least one question."));
        Fixtures.answer(token, Map.of()).then().statusCode(400);
        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(before);
    }

    @Test
    void aCommentIsStoredWithoutControlCharactersAndEscapedWhenShownAgain() throws Exception {
        String token = Fixtures.token(Fixtures.link(TEAM, customer));
        String hostile = "<script>alert('x')</script>\u0007 line one\r\nline\ttwo\u0000";
        Fixtures.answer(token, Map.of("csat", "9", "comment", hostile)).then().statusCode(400)
                .body(not(containsString("<script>alert")))
                .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));

        Fixtures.answer(token, Map.of("csat", "4", "comment", hostile)).then().statusCode(200);
        assertThat(Fixtures.string("select comment from survey_response where team_id = ? and csat = 4 "
                + "and comment like '<script>%'", TEAM))
                .isEqualTo("<script>alert('x')</script> line one\nline two");
    }

    @Test
    void aTooLongCommentIsRefused() throws Exception {
        String token = Fixtures.token(Fixtures.link(TEAM, customer));
        long before = Fixtures.responsesOf(TEAM);
        Fixtures.answer(token, Map.of("csat", "3", "comment", "x".repeat(2001))).then().statusCode(400)
                .body(containsString("Your comment is too long"));
        assertThat(Fixtures.responsesOf(TEAM)).isEqualTo(before);
        Fixtures.answer(token, Map.of("csat", "3", "comment", "x".repeat(2000))).then().statusCode(200);
    }

    @Test
    void theAnswerPageNeedsNoLoginWhileTheApiDoes() {
        given().get("/s/{token}", Fixtures.token(Fixtures.link(TEAM, customer))).then().statusCode(200);
        given().get("/api/teams/{team}/responses", TEAM).then().statusCode(401);
    }

    @Test
    void aRequestThePageCannotReadGetsAFriendlyPageNotAStackTrace() {
        given().contentType("application/json").body("{\"csat\": 5}")
                .post("/s/{token}", Fixtures.token(Fixtures.link(TEAM, customer)))
                .then().statusCode(equalTo(415)).body(not(containsString("Exception")))
                .body(not(containsString("at rapport.")));
    }

    private static void expireInvitationsOf(UUID customer) throws Exception {
        Fixtures.execute("update invitation set expires_at = now() - interval '1 minute' where customer_id = ?",
                customer);
    }
}
