package rapport.console.kpis;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import rapport.console.RenderedPages;

@QuarkusTest
@TestSecurity(user = "sam", roles = "assessor")
class KpisPageTest {

    @Test
    void everyTileShowsItsValueWithNAndDescribesItselfByItsDefinition() {
        Document page = RenderedPages.page("/rendered/kpis/report");

        Element tile = page.getElementById("tile-fcr");
        assertThat(tile.tagName()).isEqualTo("button");
        assertThat(tile.select(".value").text()).isEqualTo("73 %");
        assertThat(tile.select(".n").text()).isEqualTo("n = 40");
        Element definition = page.getElementById(tile.attr("aria-describedby"));
        assertThat(definition.text()).startsWith("Cases opened by an inbound contact").endsWith("(fcr/v1)");
        assertThat(page.getElementById("tile-csat").select(".n").text()).isEqualTo("n = 30");
    }

    @Test
    void aChartIsTheSharedSvgWithTheImprovementDateMarkedAndEachBucketsN() {
        Document page = RenderedPages.page("/rendered/kpis/report");

        Element figure = page.getElementById("figure-fcr");
        Element svg = figure.selectFirst("svg[role=img]");
        assertThat(svg.attr("aria-labelledby")).isEqualTo("chart-fcr-title chart-fcr-desc");
        assertThat(svg.selectFirst("title").text()).isEqualTo("First contact resolution per week");
        assertThat(svg.text()).contains(KpisRendering.MARKED);
        assertThat(figure.html()).doesNotContain("<b>").contains("Answer &amp; book");
        assertThat(figure.select("tbody tr")).extracting(Element::text)
                .containsExactly("Mon 7 Sept 2026 60 % 10", "Mon 14 Sept 2026 80 % 15");
        assertThat(figure.selectFirst("figcaption").text()).endsWith("(fcr/v1)");
    }

    @Test
    void aRefusedFilterIsShownNextToItsFieldAndNoNumbersAre() {
        Document page = RenderedPages.page("/rendered/kpis/refused");

        Element to = page.getElementById("to");
        assertThat(to.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(to.attr("aria-describedby")).text())
                .isEqualTo("the period may cover at most 400 days");
        assertThat(page.getElementById("from").hasAttr("aria-invalid")).isFalse();
        assertThat(page.getElementById("kpi-tiles")).isNull();
    }

    @Test
    void theFiltersDefaultToTwelveWeeksEndingTodayAndAskForTheDayAfterTheLast() {
        KpiFilters filters = new KpiFilters().defaults(KpiFixtures.TO);

        assertThat(filters.query().from).isEqualTo(KpiFixtures.TO.minusDays(83));
        assertThat(filters.query().to).isEqualTo(KpiFixtures.TO.plusDays(1));
        assertThat(filters.bucket).isEqualTo("week");
        assertThat(filters.chart).contains("fcr", "csat", "nps");
    }

    @Test
    void unreadableDatesAreRefusedBeforeKpiServiceIsAsked() {
        KpiFilters filters = new KpiFilters();
        filters.from = "last week";
        filters.defaults(KpiFixtures.TO);

        assertThat(filters.check().of("from")).isEqualTo("must be a date");
        assertThat(filters.check().has("to")).isFalse();
    }

    @Test
    void theEvidenceLinkCarriesThePeriodAndTheFiltersThePackTakes() {
        KpiFilters filters = new KpiFilters();
        filters.agent = "jo reid";
        filters.channel = "PHONE";
        filters.valueSegment = "HIGH";
        filters.defaults(KpiFixtures.TO);

        assertThat(filters.queryString()).isEqualTo("from=2026-09-08&to=2026-11-30&agent=jo+reid&valueSegment=HIGH");
    }
}
