package rapport.console.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import rapport.console.RenderedPages;

@QuarkusTest
@TestSecurity(user = "sam", roles = "assessor")
class EvidencePageTest {

    @Test
    void thePreviewListsWhatThePackHoldsAndLinksTheDownloadsForTheSamePeriodAndAgent() {
        Document page = RenderedPages.page("/rendered/evidence/preview");

        assertThat(page.getElementById("pack-preview").selectFirst("p").text())
                .startsWith("Team demo, Tue 1 Sept 2026 to Mon 30 Nov 2026, agent jordan.reid only.");
        assertThat(page.select("#pack-kpis tbody tr").first().text())
                .startsWith("First contact resolution 73 % 40 Cases opened by an inbound contact");
        assertThat(page.getElementById("download-pdf").attr("href"))
                .isEqualTo("/teams/demo/evidence/download?format=pdf&from=2026-09-01&to=2026-11-30&agent=jordan.reid");
        assertThat(page.getElementById("download-zip").attr("href")).contains("format=zip&");
        assertThat(page.select("#pack-criteria li")).hasSize(2);
    }

    @Test
    void commentsAreQuotedAsTextAFewAtATime() {
        Document page = RenderedPages.page("/rendered/evidence/preview");

        Element first = page.select("#pack-comments li").first();
        assertThat(first.text()).startsWith("“<script>alert(1)</script> Lovely & quick”").endsWith("Face to face");
        assertThat(page.select("#pack-comments script")).isEmpty();
        assertThat(page.select("#pack-comments li")).hasSize(5);
        assertThat(page.text()).contains("And 2 more in the pack.");
    }

    @Test
    void aRefusedPeriodIsShownNextToItsFieldWithoutAPreview() {
        Document page = RenderedPages.page("/rendered/evidence/refused");

        Element from = page.getElementById("from");
        assertThat(from.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(from.attr("aria-describedby")).text())
                .isEqualTo("must not be after to (2026-12-01)");
        assertThat(page.getElementById("pack-preview")).isNull();
        assertThat(page.getElementById("download-pdf")).isNull();
    }
}
