package rapport.system.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web console in a real browser, signed in through Keycloak's own login page, on the demo placement: what a team
 * member, an assessor and anybody signing out meet.
 */
@Tag("console")
@ExtendWith(ConsoleSystem.class)
class ConsoleEndToEndTest {

    private static final String HOME = "/teams/" + ConsoleSystem.TEAM;
    private static final Pattern N = Pattern.compile("n = (\\d+)");

    /** A browser signed in as {@code username} through Keycloak's login page, on team demo's home. */
    static Browser signedIn(String username) {
        return signedIn(username, HOME);
    }

    /** A browser signed in as {@code username} through Keycloak's login page, on the team home {@code home}. */
    static Browser signedIn(String username, String home) {
        Browser browser = new Browser();
        browser.open(ConsoleSystem.page(home));
        browser.signInOnKeycloakPage(username, ConsoleSystem.PASSWORD);
        browser.awaitUrlStartingWith(ConsoleSystem.page(home).toString());
        browser.await(By.tagName("h1"));
        return browser;
    }

    @Test
    void aTeamMemberSignsInOnKeycloaksLoginPageAndLandsOnTheTeamHome() {
        try (Browser browser = new Browser()) {
            browser.open(ConsoleSystem.page(HOME));
            browser.await(By.id("username"));
            assertThat(browser.driver.getCurrentUrl()).as("the console sent the browser to Keycloak")
                    .startsWith(ConsoleSystem.keycloakBase() + "realms/rapport/");
            browser.screenshot("sign-in");

            browser.signInOnKeycloakPage("demo-agent", "not-the-password");
            assertThat(browser.await(By.id("input-error-username")).getText()).contains("Invalid username or password");
            assertThat(browser.driver.getCurrentUrl()).startsWith(ConsoleSystem.keycloakBase());

            browser.signInOnKeycloakPage("demo-agent", ConsoleSystem.PASSWORD);
            browser.awaitUrlStartingWith(ConsoleSystem.page(HOME).toString());
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Team demo today");
            assertThat(browser.text(By.cssSelector(".who"))).contains("agent");
        }
    }

    @Test
    void aContactLoggedWithTheKeyboardAloneIsAmongTodaysContacts() {
        // letters only: the search also takes 3 or more digits of a query as part of a phone number
        // (docs/customer-service.md), so a name with digits could match one of the demo's phones, which the form
        // then chooses instead of offering a new customer
        String name = "Kim Keyboard " + letters(8);
        try (Browser browser = signedIn("demo-agent")) {
            browser.open(ConsoleSystem.page(HOME + "/contacts/new"));
            browser.await(By.id("contact-form"));
            assertThat(browser.focusedId()).as("the search box has the focus when the page opens").isEqualTo("q");

            browser.type(name);
            // the answer to the whole name: one to a part typed before a pause may come first, and the next swap
            // would replace the radio that has the focus
            String offer = "New customer: register “" + name + "”";
            new WebDriverWait(browser.driver, Browser.WAIT).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.id("customer-new")).stream().anyMatch(radio -> radio.isSelected()
                            && radio.findElement(By.xpath("..")).getText().equals(offer)));
            browser.tabTo("customer-new", 1);
            browser.tabTo("displayName", 1);
            browser.type(name);
            browser.tabTo("summary", 40);
            browser.type("Asked by phone when the car will be ready; told 4 pm today.");
            browser.pressCtrlEnter();

            assertThat(browser.text(By.id("logged"))).contains("Contact logged for " + name);
            browser.open(ConsoleSystem.page(HOME));
            assertThat(browser.text(By.id("todays-contacts"))).contains(name + ": Enquiry by Phone, Resolved");
        }
    }

    /** {@code count} random lower-case letters. */
    private static String letters(int count) {
        return ThreadLocalRandom.current().ints(count, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    @Test
    void resolvingAComplaintCaseInTheConsoleCountsOnTheHomesComplaintTile() {
        String token = ConsoleSystem.token("demo-agent");
        String customer = ConsoleSystem.customerService(token).contentType(ContentType.JSON)
                .body("{\"displayName\": \"Morgan Complaint " + UUID.randomUUID().toString().substring(0, 6)
                        + "\", \"kind\": \"EXTERNAL\", \"surveyConsent\": false}")
                .post("/api/teams/{team}/customers", ConsoleSystem.TEAM).then().statusCode(201).extract().path("id");
        String caseId = ConsoleSystem.customerService(token).contentType(ContentType.JSON)
                .body("{\"occurredAt\": \"" + Instant.now().minus(2, ChronoUnit.HOURS) + "\", \"channel\": \"PHONE\", "
                        + "\"direction\": \"INBOUND\", \"category\": \"COMPLAINT\", \"outcome\": \"FOLLOW_UP_REQUIRED\", "
                        + "\"summary\": \"The car was not ready when promised\"}")
                .post("/api/teams/{team}/customers/{id}/interactions", ConsoleSystem.TEAM, customer)
                .then().statusCode(201).extract().path("caseId");

        try (Browser browser = signedIn("demo-agent")) {
            long before = tileN(browser, "complaint-within-target");

            browser.open(ConsoleSystem.page(HOME + "/cases/" + caseId));
            assertThat(browser.text(By.id("case-status"))).isEqualTo("Open");
            browser.await(By.id("resolve")).click();
            browser.await(By.id("summary")).sendKeys("Apologised; the car is ready and a courtesy car was offered.");
            browser.await(By.id("log-contact")).click();
            browser.await(By.id("logged"));
            browser.open(ConsoleSystem.page(HOME + "/cases/" + caseId));
            assertThat(browser.text(By.id("case-status"))).isEqualTo("Resolved");

            // kpi-service learns of the resolution through Kafka: the tile follows within seconds
            await().atMost(Browser.WAIT).untilAsserted(() -> assertThat(tileN(browser, "complaint-within-target"))
                    .isEqualTo(before + 1));
        }
    }

    /** The n on a KPI tile of the team home, freshly loaded. */
    private static long tileN(Browser browser, String kpi) {
        browser.open(ConsoleSystem.page(HOME));
        String n = browser.driver.findElement(By.cssSelector("#tile-" + kpi + " .n")).getText();
        Matcher matcher = N.matcher(n);
        assertThat(matcher.find()).as("tile %s shows n: %s", kpi, n).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    @Test
    void anAssessorSeesNoWriteControlsAndTheServicesRefuseItsWrites() {
        try (Browser browser = signedIn("demo-assessor")) {
            assertThat(browser.text(By.cssSelector(".who"))).contains("assessor");
            assertNoWriteControls(browser, "home");
            browser.open(ConsoleSystem.page(HOME + "/cases?status=OPEN"));
            browser.await(By.cssSelector("#cases a")).click();
            browser.await(By.id("case-status"));
            assertNoWriteControls(browser, "an open case");
            browser.driver.findElement(By.cssSelector("h1 a")).click();
            browser.await(By.tagName("h1"));
            assertNoWriteControls(browser, "a customer");

            browser.open(ConsoleSystem.page(HOME + "/contacts/new"));
            assertThat(browser.text(By.tagName("main"))).contains("can read this team's data but not change it");
            assertThat(browser.has(By.id("contact-form"))).isFalse();
        }

        String name = "Written By Assessor " + letters(8); // letters: digits would search the phones too
        ConsoleSystem.customerService(ConsoleSystem.token("demo-assessor")).contentType(ContentType.JSON)
                .body("{\"displayName\": \"" + name + "\", \"kind\": \"EXTERNAL\", \"surveyConsent\": false}")
                .post("/api/teams/{team}/customers", ConsoleSystem.TEAM)
                .then().statusCode(403).body("type", equalTo("https://rapport.dev/problems/forbidden"));
        ConsoleSystem.customerService(ConsoleSystem.token("demo-agent")).queryParam("q", name)
                .get("/api/teams/{team}/customers", ConsoleSystem.TEAM)
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static void assertNoWriteControls(Browser browser, String page) {
        assertThat(browser.has(By.cssSelector("form[method=post], form[method=POST]"))).as("a form on %s", page)
                .isFalse();
        assertThat(browser.has(By.cssSelector("a[href*='/contacts/new']"))).as("a link to log a contact on %s", page)
                .isFalse();
        assertThat(browser.has(By.id("resolve"))).as("Resolve on %s", page).isFalse();
    }

    @Test
    void signingOutEndsTheKeycloakSessionSoTheNextVisitAsksForTheLoginAgain() {
        try (Browser browser = signedIn("demo-agent")) {
            browser.await(By.cssSelector("a.sign-out")).click();
            browser.awaitUrlStartingWith(ConsoleSystem.page("/signed-out").toString());
            browser.screenshot("signed-out");

            browser.open(ConsoleSystem.page(HOME));
            browser.await(By.id("username"));
            assertThat(browser.driver.getCurrentUrl()).as("Keycloak asks for the password again, no session left")
                    .startsWith(ConsoleSystem.keycloakBase() + "realms/rapport/");
            assertThat(browser.has(By.cssSelector(".who"))).isFalse();
        }
    }

    @Test
    void anImprovementRecordedInTheConsoleIsListedAndWaitsForItsEvaluationWindow() {
        String title = "Call back within the hour " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = signedIn("demo-agent")) {
            browser.open(ConsoleSystem.page(HOME + "/improvements"));
            browser.await(By.id("title")).sendKeys(title);
            browser.driver.findElement(By.id("description")).sendKeys("Customers who waited for a call back rang again.");
            new Select(browser.driver.findElement(By.id("targetKpi"))).selectByValue("fcr");
            browser.driver.findElement(By.id("record-improvement")).click();

            assertThat(browser.text(By.tagName("h1"))).isEqualTo(title);
            assertThat(browser.text(By.id("window-open"))).contains("evaluation window");
            browser.screenshot("improvement-recorded");
            browser.open(ConsoleSystem.page(HOME + "/improvements"));
            assertThat(browser.text(By.id("improvements"))).contains(title);
        }
    }

    @Test
    void theEvidencePdfHoldsTheKpiValuesItsPreviewShows() throws Exception {
        try (Browser browser = signedIn("demo-agent")) {
            browser.open(ConsoleSystem.page(HOME + "/evidence"));
            browser.await(By.id("preview")).click();
            List<WebElement> rows = browser.await(By.id("pack-kpis")).findElements(By.cssSelector("tbody tr"));
            assertThat(rows).as("KPIs in the preview").hasSizeGreaterThan(5);
            Map<String, String> shown = new LinkedHashMap<>();
            for (WebElement row : rows) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                shown.put(row.findElement(By.tagName("th")).getText(), cells.get(0).getText() + " " + cells.get(1).getText());
            }
            assertThat(shown.values()).as("values with data").anyMatch(v -> !v.startsWith("n/a"));

            browser.await(By.id("download-pdf")).click();
            // compared without white space: pdftotext drops the gap in a narrow cell ("9 %" comes out as "9%")
            String text = pdfText(browser.awaitDownload(".pdf")).replaceAll("\\s+", "");
            shown.forEach((kpi, valueAndN) -> assertThat(text).as("%s: %s in the PDF", kpi, valueAndN)
                    .contains(valueAndN.replaceAll("\\s+", "")));
        }
    }

    /** The PDF's text as poppler's pdftotext lays it out (a table row on one line). */
    private static String pdfText(Path pdf) throws Exception {
        Process process = new ProcessBuilder(Browser.PDFTOTEXT.toString(), "-layout", pdf.toString(), "-")
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("pdftotext %s: %s", pdf, text).isZero();
        return text;
    }
}
