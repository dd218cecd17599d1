package rapport.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Four weekly buckets from Monday 2 March 2026 (28 days) with 50 %, no data, 75 % and 100 %. The plot
 * runs from x = 44 to 352 (308 units for 28 days, 11 a day) and from y = 216 (0 %) up to 56 (100 %), so a
 * week's dot sits at its middle day: x = 44 + 11 × 3.5 = 82.5, 236.5 and 313.5; y = 216 − 1.6 × value.
 */
class LineChartTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static List<ChartPoint> weeks(Double... values) {
        return java.util.stream.IntStream.range(0, values.length).mapToObj(i -> ChartPoint.of(MONDAY.plusWeeks(i),
                MONDAY.plusWeeks(i + 1), values[i], values[i] == null ? 0 : 10 + i)).toList();
    }

    private static ParsedSvg chart(List<DateMarker> markers) throws Exception {
        return ParsedSvg.parse(SvgCharts.line(new LineChart("fcr", "First contact resolution", Scale.PERCENT,
                weeks(50.0, null, 75.0, 100.0), markers)));
    }

    @Test
    void eachBucketWithDataIsADotAtItsMiddleDayAndItsValue() throws Exception {
        List<Element> dots = chart(List.of()).inClass("series", "circle");

        assertThat(dots).extracting(d -> ParsedSvg.number(d, "cx")).containsExactly(82.5, 236.5, 313.5);
        assertThat(dots).extracting(d -> ParsedSvg.number(d, "cy")).containsExactly(136.0, 96.0, 56.0);
        assertThat(dots).extracting(ParsedSvg::tooltip).containsExactly("2026-03-02: 50 % (n=10)",
                "2026-03-16: 75 % (n=12)", "2026-03-23: 100 % (n=13)");
    }

    @Test
    void aBucketWithoutDataBreaksTheLine() throws Exception {
        List<Element> lines = chart(List.of()).all("polyline");

        // the first week stands alone before the gap: a dot, no line
        assertThat(lines).singleElement().extracting(l -> l.getAttribute("points"))
                .isEqualTo("236.5,96.0 313.5,56.0");
    }

    @Test
    void markersInRangeAreDashedVerticalLinesAtTheStartOfTheirDayWithTheirLabel() throws Exception {
        ParsedSvg svg = chart(List.of(new DateMarker(MONDAY.minusDays(1), "Before the chart"),
                new DateMarker(MONDAY.plusDays(14), "Call-back checklist"),
                new DateMarker(MONDAY.plusDays(21), "A much longer improvement title than fits"),
                new DateMarker(MONDAY.plusDays(28), "After the chart")));

        List<Element> markers = svg.groups("date-marker");
        assertThat(markers).hasSize(2);
        Element first = ParsedSvg.children(markers.get(0), "line").getFirst();
        assertThat(ParsedSvg.number(first, "x1")).isEqualTo(44 + 11 * 14.0);
        assertThat(ParsedSvg.number(first, "x2")).isEqualTo(ParsedSvg.number(first, "x1"));
        assertThat(ParsedSvg.number(first, "y1")).isEqualTo(36.0); // from its label's row, above the plot
        assertThat(ParsedSvg.number(first, "y2")).isEqualTo(216.0);
        assertThat(first.getAttribute("stroke-dasharray")).isNotBlank();
        assertThat(ParsedSvg.children(markers.get(0), "text").getFirst().getTextContent())
                .isEqualTo("Call-back checklist");
        assertThat(ParsedSvg.tooltip(markers.get(0))).isEqualTo("2026-03-16: Call-back checklist");
        Element second = ParsedSvg.children(markers.get(1), "text").getFirst();
        assertThat(second.getTextContent()).hasSize(DateMarker.MAX_LABEL).endsWith("…")
                .startsWith("A much longer impro");
        // neighbouring labels sit on different rows
        assertThat(ParsedSvg.number(second, "y")).isNotEqualTo(
                ParsedSvg.number(ParsedSvg.children(markers.get(0), "text").getFirst(), "y"));
    }

    /** The console's narrowest chart: a 360 px phone less the page's and the panel's margins (web-console's CSS). */
    private static final double PHONE_CHART_PIXELS = 310;

    @Test
    void everyTextIsAtLeast12PixelsHighWhereAPhoneDrawsTheChart() throws Exception {
        ParsedSvg line = chart(List.of(new DateMarker(MONDAY.plusDays(14), "Call-back checklist")));
        ParsedSvg beforeAfter = ParsedSvg.parse(SvgCharts.beforeAfter(new BeforeAfterChart("e", "FCR", Scale.PERCENT,
                new BeforeAfterChart.Window(MONDAY, MONDAY.plusDays(28), 35.0, 21.5, 51.2, 40),
                new BeforeAfterChart.Window(MONDAY.plusDays(28), MONDAY.plusDays(56), 75.0, 59.8, 85.8, 40),
                new DateMarker(MONDAY.plusDays(28), "Call-back checklist"))));

        for (ParsedSvg svg : List.of(line, beforeAfter)) {
            assertThat(svg.all("text")).isNotEmpty().allSatisfy(text -> assertThat(ParsedSvg.fontSize(text)
                    * PHONE_CHART_PIXELS / svg.viewBoxWidth()).as("“%s” in pixels", text.getTextContent())
                    .isGreaterThanOrEqualTo(12));
        }
    }

    @Test
    void theChartIsAnImageNamedByItsTitleAndDescribedInWords() throws Exception {
        ParsedSvg svg = chart(List.of(new DateMarker(MONDAY.plusDays(14), "Call-back checklist")));

        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.root().getAttribute("aria-labelledby")).isEqualTo("fcr-title fcr-desc");
        assertThat(svg.text("fcr-title")).isEqualTo("First contact resolution");
        assertThat(svg.text("fcr-desc")).isEqualTo("First contact resolution (%), 4 buckets from 2026-03-02 to "
                + "2026-03-23. Lowest 50 % (2026-03-02, n=10), highest 100 % (2026-03-23, n=13), latest 100 % "
                + "(2026-03-23, n=13). No data for 2026-03-09. Marked: 2026-03-16 (Call-back checklist).");
    }

    @Test
    void theValueAxisIsLabelledWithItsUnitAndTicks() throws Exception {
        ParsedSvg svg = chart(List.of());

        assertThat(svg.inClass("caption", "text")).singleElement().extracting(Element::getTextContent).isEqualTo("%");
        assertThat(svg.inClass("tick", "text")).extracting(Element::getTextContent)
                .containsExactly("0", "20", "40", "60", "80", "100");
        assertThat(svg.inClass("x-label", "text")).extracting(Element::getTextContent)
                .containsExactly("2026-03-02", "2026-03-23");
    }

    @Test
    void meansAndHoursAreScaledToTheirDataAndNpsFromMinusToPlusHundred() throws Exception {
        ParsedSvg hours = ParsedSvg.parse(SvgCharts.line(new LineChart("h", "Complaint hours", Scale.HOURS,
                weeks(20.0, 130.0))));
        // 130 h × 1.1 = 143, in steps of 50
        assertThat(hours.inClass("tick", "text")).extracting(Element::getTextContent)
                .containsExactly("0", "50", "100", "150");
        assertThat(hours.inClass("series", "circle")).extracting(d -> ParsedSvg.number(d, "cy"))
                .satisfiesExactly(y -> assertThat(y).isCloseTo(216 - 160 * 20 / 150.0, within(0.05)),
                        y -> assertThat(y).isCloseTo(216 - 160 * 130 / 150.0, within(0.05)));
        ParsedSvg nps = ParsedSvg.parse(SvgCharts.line(new LineChart("n", "NPS", Scale.NPS_POINTS, weeks(0.0))));
        assertThat(nps.inClass("tick", "text")).extracting(Element::getTextContent)
                .containsExactly("-100", "-50", "0", "50", "100");
        assertThat(ParsedSvg.number(nps.inClass("series", "circle").getFirst(), "cy")).isEqualTo(136.0);
    }

    @Test
    void allTextIsEscapedAndCharactersXmlCannotHoldAreDropped() throws Exception {
        String title = "<script>alert('x')</script> & \"quotes\"\u0007";
        ParsedSvg svg = ParsedSvg.parse(SvgCharts.line(new LineChart("x", title, Scale.PERCENT, weeks(40.0),
                List.of(new DateMarker(MONDAY, "<b>bold</b> & more")))));

        assertThat(svg.text("x-title")).isEqualTo("<script>alert('x')</script> & \"quotes\"");
        assertThat(svg.all("script")).isEmpty();
        assertThat(svg.all("b")).isEmpty();
        assertThat(ParsedSvg.children(svg.groups("date-marker").getFirst(), "text").getFirst().getTextContent())
                .isEqualTo("<b>bold</b> & more");
    }

    @Test
    void aSeriesWithoutDataSaysSo() throws Exception {
        ParsedSvg empty = ParsedSvg.parse(SvgCharts.line(new LineChart("e", "CSAT", Scale.PERCENT, List.of())));
        ParsedSvg gaps = ParsedSvg.parse(SvgCharts.line(new LineChart("g", "CSAT", Scale.PERCENT, weeks(null, null))));

        assertThat(empty.inClass("empty", "text")).singleElement().extracting(Element::getTextContent)
                .isEqualTo("No data");
        assertThat(empty.text("e-desc")).isEqualTo("CSAT: no data.");
        assertThat(gaps.all("circle")).isEmpty();
        assertThat(gaps.text("g-desc")).isEqualTo("CSAT: no data in 2 buckets from 2026-03-02 to 2026-03-09.");
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsDrawn() {
        assertThatThrownBy(() -> new LineChart("1st", "t", Scale.PERCENT, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineChart("a b", "t", Scale.PERCENT, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LineChart("a", "t", Scale.PERCENT, List.of(
                ChartPoint.of(MONDAY, MONDAY.plusDays(7), 1.0, 1), ChartPoint.of(MONDAY.plusDays(3),
                        MONDAY.plusDays(10), 1.0, 1)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartPoint.of(MONDAY, MONDAY, 1.0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartPoint.of(MONDAY, MONDAY.plusDays(1), Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
