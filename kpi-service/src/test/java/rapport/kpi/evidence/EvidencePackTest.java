package rapport.kpi.evidence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import rapport.events.EventType;
import rapport.kpi.report.KpiFilter;
import rapport.kpi.report.Period;
import rapport.kpi.support.Payloads;
import rapport.kpi.support.Publisher;
import rapport.testing.TestEvents;
import rapport.testing.TestTokens;

/**
 * The evidence pack of a team that raised FCR from 14 of 40 cases (35 %) to 30 of 40 (75 %): pooled
 * z = 0.4 / sqrt(0.55 × 0.45 × (2 / 40)) = 3.596, p = 0.0003 < 0.001, a significant improvement.
 */
@QuarkusTest
class EvidencePackTest {

    @Inject
    EvidenceService evidence;

    @Inject
    PdfReport pdfReport;

    private static final String TEAM = "ev-" + UUID.randomUUID().toString().substring(0, 8);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate IN_PLACE = LocalDate.now(LONDON).minusDays(30);
    private static final String NAME = "Zebedee Quux";
    private static final String VERDICT = "FCR rose from 35 % (n=40) to 75 % (n=40); p < 0.001: a significant improvement.";

    @BeforeAll
    static void publishATeamThatImproved() {
        List<Publisher.Sent> events = new ArrayList<>();
        cases(events, IN_PLACE.minusDays(14), 14, 40);
        cases(events, IN_PLACE.plusDays(14), 30, 40);
        Publisher.sendAll(events);
        UUID zebedee = UUID.randomUUID();
        Publisher.publish(EventType.CUSTOMER_REGISTERED, TEAM, zebedee, Payloads.customer(TEAM, zebedee, NAME,
                IN_PLACE.atStartOfDay(LONDON).toInstant()));
        Publisher.publish(EventType.FEEDBACK_SUBMITTED, TEAM, zebedee, Payloads.feedback(TEAM, zebedee, null, null,
                "ann", "PHONE", IN_PLACE.plusDays(3).atTime(12, 0).atZone(LONDON).toInstant(), 5, 10, 6,
                "I am Zebedee Quux. Ring me on 07700 900123 or zebedee.quux@example.com - the new call-back "
                        + "checklist made it easy"));
    }

    private static void cases(List<Publisher.Sent> events, LocalDate day, int resolved, int total) {
        for (int i = 0; i < total; i++) {
            UUID customer = UUID.randomUUID();
            var at = day.atTime(LocalTime.of(9, 0)).atZone(LONDON).toInstant().plusSeconds(300L * i);
            var payload = Payloads.interaction(TEAM, customer, UUID.randomUUID(), UUID.randomUUID(), "ann", at,
                    at.plusSeconds(30), "PHONE", "INBOUND", "ENQUIRY", i < resolved ? "RESOLVED" : "ESCALATED", 12);
            events.add(new Publisher.Sent(EventType.INTERACTION_LOGGED, customer,
                    TestEvents.cloudEvent(EventType.INTERACTION_LOGGED, TEAM, customer, payload)));
        }
    }

    @Test
    void thePdfCarriesKpisWithNTheVerdictInPlainWordsAndNoPersonalData() throws Exception {
        createImprovementAndWait();
        byte[] pdf = download("pdf").asByteArray();
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(text).contains("Evidence pack: team " + TEAM)
                .contains(VERDICT)
                .contains("First contact resolution").contains("fcr/v1").contains("55 %")
                .contains("Reviews and improves service using KPIs")
                .contains("the new call-back checklist made it easy").contains("[e-mail removed]")
                .contains("[phone removed]").contains("I am [name removed] [name removed].")
                .doesNotContain("Zebedee").doesNotContain("Quux").doesNotContain("zebedee.quux@example.com")
                .doesNotContain("07700 900123");
        renderFirstPageIfPopplerIsInstalled(pdf);
    }

    @Test
    void thePdfsChartsMarkTheImprovementDateAndItsSectionShowsTheBeforeAndAfter() throws Exception {
        createImprovementAndWait();
        EvidencePack pack = evidence.pack(TEAM, new Period(IN_PLACE.minusDays(28), IN_PLACE.plusDays(28)), KpiFilter.NONE);

        Document html = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(pdfReport.html(pack).getBytes(StandardCharsets.UTF_8)));

        Element fcr = svg(html, "series-fcr");
        assertThat(fcr.getAttribute("role")).isEqualTo("img");
        Element marker = group(fcr, "date-marker");
        assertThat(marker.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("Call-back checklist");
        assertThat(marker.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo(IN_PLACE + ": Call-back checklist");
        Element beforeAfter = svg(html, "improvement-1");
        assertThat(beforeAfter.getElementsByTagName("desc").item(0).getTextContent())
                .contains("before, " + IN_PLACE.minusDays(28) + " to " + IN_PLACE.minusDays(1) + ": 35 %, 95 % "
                        + "interval 22 % to 50 %, n=40").contains("In place " + IN_PLACE + " (Call-back checklist)");
        assertThat(texts(beforeAfter)).contains("Before: 35 % (n=40)", "After: 75 % (n=40)", "Call-back checklist");
    }

    private static Element svg(Document html, String id) {
        NodeList svgs = html.getElementsByTagName("svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            if (svg.getAttribute("aria-labelledby").startsWith(id + "-")) {
                return svg;
            }
        }
        throw new AssertionError("no chart " + id);
    }

    private static Element group(Element svg, String cssClass) {
        NodeList groups = svg.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            if (((Element) groups.item(i)).getAttribute("class").equals(cssClass)) {
                return (Element) groups.item(i);
            }
        }
        throw new AssertionError("no " + cssClass + " in the chart");
    }

    private static List<String> texts(Element svg) {
        NodeList texts = svg.getElementsByTagName("text");
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            contents.add(texts.item(i).getTextContent());
        }
        return contents;
    }

    @Test
    void theZipHoldsEveryFormatAndAManifestTaggingEachItemWithCriteria() throws Exception {
        createImprovementAndWait();
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download("zip").asByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(files).containsKeys("evidence.pdf", "evidence.json", "kpis.csv", "series.csv", "cases.csv",
                "responses.csv", "manifest.json");
        JsonPath manifest = new JsonPath(new String(files.get("manifest.json"), StandardCharsets.UTF_8));
        assertThat(manifest.getList("items.find { it.file == 'responses.csv' }.criteria", String.class))
                .contains("Collects and acts on customer feedback");
        assertThat(manifest.getList("items.find { it.file == 'evidence.pdf' }.criteria", String.class)).hasSize(6);
        for (var file : files.entrySet()) {
            if (!file.getKey().endsWith(".pdf")) {
                assertThat(new String(file.getValue(), StandardCharsets.UTF_8)).as(file.getKey())
                        .doesNotContain(NAME).doesNotContain("zebedee.quux@example.com").doesNotContain("07700 900123");
            }
        }
        String cases = new String(files.get("cases.csv"), StandardCharsets.UTF_8);
        assertThat(cases.lines()).hasSize(81).first().asString().startsWith("opened_on,category,channel");
        JsonPath json = new JsonPath(new String(files.get("evidence.json"), StandardCharsets.UTF_8));
        assertThat(json.getString("improvements[0].summary")).isEqualTo(VERDICT);
        assertThat(json.getString("improvements[0].verdict")).isEqualTo("IMPROVED");
    }

    @Test
    void csvTablesDownloadOnTheirOwn() {
        String series = given().auth().oauth2(TestTokens.assessor(TEAM).mint())
                .queryParam("from", IN_PLACE.minusDays(28).toString()).queryParam("to", IN_PLACE.plusDays(28).toString())
                .queryParam("format", "csv").get("/api/teams/{team}/evidence", TEAM)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(series.lines().findFirst()).hasValue("kpi,definition,bucket,bucket_from,bucket_to,value,numerator,n,"
                + "interval_lower,interval_upper");
        given().auth().oauth2(TestTokens.assessor(TEAM).mint())
                .queryParam("from", IN_PLACE.toString()).queryParam("to", IN_PLACE.plusDays(1).toString())
                .queryParam("format", "csv").queryParam("table", "nope").get("/api/teams/{team}/evidence", TEAM)
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.assessor(TEAM).mint())
                .queryParam("from", IN_PLACE.toString()).queryParam("to", IN_PLACE.plusDays(1).toString())
                .queryParam("format", "docx").get("/api/teams/{team}/evidence", TEAM)
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static synchronized void createImprovementAndWait() {
        boolean exists = given().auth().oauth2(TestTokens.agent(TEAM).mint()).get("/api/teams/{team}/improvements", TEAM)
                .then().extract().jsonPath().getInt("totalItems") > 0;
        if (!exists) {
            given().auth().oauth2(TestTokens.agent(TEAM).mint()).contentType(ContentType.JSON)
                    .body(Map.of("title", "Call-back checklist", "description", "Repeat calls about deliveries",
                            "targetKpi", "fcr", "expectedDirection", "UP", "dateInPlace", IN_PLACE.toString()))
                    .post("/api/teams/{team}/improvements", TEAM).then().statusCode(201);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> download("json").jsonPath()
                .getString("improvements[0].summary"), VERDICT::equals);
        await().atMost(Duration.ofSeconds(20)).until(() -> download("json").jsonPath()
                .getInt("kpis.find { it.kpi == 'nps' }.n") == 1);
    }

    private static io.restassured.response.Response download(String format) {
        return given().auth().oauth2(TestTokens.assessor(TEAM).mint())
                .queryParam("from", IN_PLACE.minusDays(28).toString()).queryParam("to", IN_PLACE.plusDays(28).toString())
                .queryParam("format", format).get("/api/teams/{team}/evidence", TEAM)
                .then().statusCode(200).extract().response();
    }

    /** Renders page 1 to PNG with Debian's pdftoppm (poppler-utils) where it is installed, to look at. */
    private static void renderFirstPageIfPopplerIsInstalled(byte[] pdf) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
            return;
        }
        Path dir = Path.of("target", "evidence");
        Files.createDirectories(dir);
        Path file = dir.resolve("evidence.pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("/usr/bin/pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1",
                file.toString(), dir.resolve("page").toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        try (var pages = Files.list(dir)) {
            Path png = pages.filter(p -> p.getFileName().toString().endsWith(".png")).findFirst().orElseThrow();
            assertThat(Files.size(png)).isGreaterThan(10_000);
        }
    }
}
