package rapport.charts;

import java.util.List;

/** What the templates draw: positions already computed and formatted, text not yet escaped (the templates do that). */
final class Views {

    private Views() {
    }

    /** {@code fontSize}: every text's, in user units; {@code centre…}: the middle of the plot. */
    record Axes(int width, int height, String fontSize, int left, int top, String plotBottom, String plotRight,
            String tickX, String centreX, String centreY, String caption, List<Tick> ticks, List<Label> xLabels) {
    }

    record Tick(String y, String textY, String text) {
    }

    record Label(String x, String y, String anchor, String text) {
    }

    record Marker(String x, String top, String bottom, String textX, String textY, String anchor, String text,
            String tooltip) {
    }

    record Point(String x, String y, String tooltip) {
    }

    record Line(String id, String title, String desc, List<String> segments, List<Point> points, String empty) {
    }

    record Window(String name, String x, String right, String width, String centre, String valueY, String bandY, String bandHeight,
            boolean hasValue, boolean hasInterval, String upperY, String lowerY, String capLeft, String capRight,
            String stroke, String band, String dash, String value, String n, String labelY, String rowGap) {
    }

    record BeforeAfter(String id, String title, String desc, List<Window> windows) {
    }
}
