package rapport.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * FCR 35 % (95 % interval 21.5–51.2, n = 40) in the 28 days before 16 March 2026 and 75 % (59.8–85.8,
 * n = 40) in the 28 days from it. The time axis covers 56 days over x = 44–352 (5.5 a day), so the
 * baseline spans 44–198 and the evaluation 198–352; y = 216 − 1.6 × value.
 */
class BeforeAfterChartTest {

    private static final LocalDate IN_PLACE = LocalDate.of(2026, 3, 16);

    private static BeforeAfterChart.Window before() {
        return new BeforeAfterChart.Window(IN_PLACE.minusDays(28), IN_PLACE, 35.0, 21.5, 51.2, 40);
    }

    private static ParsedSvg chart(BeforeAfterChart.Window before, BeforeAfterChart.Window after) throws Exception {
        return ParsedSvg.parse(SvgCharts.beforeAfter(new BeforeAfterChart("eval", "FCR before and after",
                Scale.PERCENT, before, after, new DateMarker(IN_PLACE, "Call-back checklist"))));
    }

    private static ParsedSvg chart() throws Exception {
        return chart(before(), new BeforeAfterChart.Window(IN_PLACE, IN_PLACE.plusDays(28), 75.0, 59.8, 85.8, 40));
    }

    @Test
    void eachWindowIsItsValueAcrossItsDaysWithItsIntervalAsABand() throws Exception {
        List<Element> windows = chart().groups("window");

        assertThat(windows).hasSize(2);
        Element beforeValue = value(windows.get(0));
        assertThat(ParsedSvg.number(beforeValue, "x1")).isEqualTo(44.0);
        assertThat(ParsedSvg.number(beforeValue, "x2")).isEqualTo(198.0);
        assertThat(ParsedSvg.number(beforeValue, "y1")).isCloseTo(216 - 1.6 * 35, within(0.05));
        Element afterValue = value(windows.get(1));
        assertThat(ParsedSvg.number(afterValue, "x1")).isEqualTo(198.0);
        assertThat(ParsedSvg.number(afterValue, "x2")).isEqualTo(352.0);
        assertThat(ParsedSvg.number(afterValue, "y1")).isCloseTo(216 - 1.6 * 75, within(0.05));

        Element band = ParsedSvg.children(windows.get(0), "rect").getFirst();
        assertThat(ParsedSvg.number(band, "y")).isCloseTo(216 - 1.6 * 51.2, within(0.05));
        assertThat(ParsedSvg.number(band, "y") + ParsedSvg.number(band, "height"))
                .isCloseTo(216 - 1.6 * 21.5, within(0.1));
        Element errorBar = ParsedSvg.children(windows.get(1), "line").stream()
                .filter(l -> l.getAttribute("class").equals("error-bar")).findFirst().orElseThrow();
        assertThat(ParsedSvg.number(errorBar, "x1")).isEqualTo(275.0);
        assertThat(ParsedSvg.number(errorBar, "y1")).isCloseTo(216 - 1.6 * 85.8, within(0.05));
        assertThat(ParsedSvg.number(errorBar, "y2")).isCloseTo(216 - 1.6 * 59.8, within(0.05));
    }

    @Test
    void theWindowsAreNamedInWordsAndDrawnDifferentlyNotOnlyInColour() throws Exception {
        List<Element> windows = chart().groups("window");

        assertThat(windows).extracting(w -> ParsedSvg.children(w, "text").get(0).getTextContent())
                .containsExactly("Before: 35 % (n=40)", "After: 75 % (n=40)");
        assertThat(chart().inClass("x-label", "text")).extracting(Element::getTextContent)
                .containsExactly("2026-02-16", "2026-03-16", "2026-04-12");
        assertThat(value(windows.get(0)).getAttribute("stroke-dasharray"))
                .isNotEqualTo(value(windows.get(1)).getAttribute("stroke-dasharray"));
    }

    @Test
    void theDateInPlaceIsMarkedAsOnTheLineCharts() throws Exception {
        ParsedSvg beforeAfter = chart();
        ParsedSvg line = ParsedSvg.parse(SvgCharts.line(new LineChart("l", "FCR", Scale.PERCENT, List.of(
                ChartPoint.of(IN_PLACE.minusDays(28), IN_PLACE.plusDays(28), 50.0, 3)),
                List.of(new DateMarker(IN_PLACE, "Call-back checklist")))));

        Element marker = beforeAfter.groups("date-marker").getFirst();
        Element sameOnLine = line.groups("date-marker").getFirst();
        assertThat(ParsedSvg.number(ParsedSvg.children(marker, "line").getFirst(), "x1")).isEqualTo(198.0);
        // the same markup wherever a date is marked
        assertThat(ParsedSvg.markup(sameOnLine)).isEqualTo(ParsedSvg.markup(marker));
        assertThat(ParsedSvg.children(marker, "text").getFirst().getTextContent()).isEqualTo("Call-back checklist");
    }

    @Test
    void theDescriptionGivesBothWindowsWithIntervalsAndTheDate() throws Exception {
        assertThat(chart().text("eval-desc")).isEqualTo("FCR before and after (%): before, 2026-02-16 to 2026-03-15: "
                + "35 %, 95 % interval 22 % to 51 %, n=40; after, 2026-03-16 to 2026-04-12: 75 %, 95 % interval "
                + "60 % to 86 %, n=40. In place 2026-03-16 (Call-back checklist).");
        assertThat(chart().root().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void aWindowWithoutObservationsHasNoValueLineAndSaysNA() throws Exception {
        ParsedSvg svg = chart(before(), new BeforeAfterChart.Window(IN_PLACE, IN_PLACE.plusDays(28), null, null, null,
                0));

        Element after = svg.groups("window").get(1);
        assertThat(ParsedSvg.children(after, "line")).isEmpty();
        assertThat(ParsedSvg.children(after, "rect")).isEmpty();
        assertThat(ParsedSvg.children(after, "text").getFirst().getTextContent()).isEqualTo("After: n/a (n=0)");
    }

    private static Element value(Element window) {
        return ParsedSvg.children(window, "line").stream().filter(l -> l.getAttribute("class").equals("value"))
                .findFirst().orElseThrow();
    }
}
