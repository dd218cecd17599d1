package rapport.charts;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Expression;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.RawString;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.ResultMapper;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.Variant;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Qute's standalone engine over the templates in {@code rapport/charts/*.svg}. Every value written
 * into a template is XML-escaped, and characters XML 1.0 cannot hold (control characters) are dropped.
 */
final class Templates {

    private static final String SVG = "image/svg+xml";
    private static final Variant VARIANT = Variant.forContentType(SVG);
    private static final Engine ENGINE = Engine.builder().addDefaults().addValueResolver(new ReflectionValueResolver())
            .addResultMapper(new XmlEscaper()).addLocator(Templates::locate).build();

    private Templates() {
    }

    static String line(Views.Line chart, Views.Axes axes, List<Views.Marker> markers) {
        return ENGINE.getTemplate("line").data("chart", chart).data("axes", axes).data("markers", markers).render();
    }

    static String beforeAfter(Views.BeforeAfter chart, Views.Axes axes, List<Views.Marker> markers) {
        return ENGINE.getTemplate("before-after").data("chart", chart).data("axes", axes).data("markers", markers)
                .render();
    }

    private static Optional<TemplateLocator.TemplateLocation> locate(String id) {
        String path = "rapport/charts/" + id + ".svg";
        if (Templates.class.getClassLoader().getResource(path) == null) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                return new InputStreamReader(Templates.class.getClassLoader().getResourceAsStream(path),
                        StandardCharsets.UTF_8);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(VARIANT);
            }
        });
    }

    /** Qute's own escaper, after removing what no XML document may contain. */
    private static final class XmlEscaper implements ResultMapper {

        private final HtmlEscaper escaper = new HtmlEscaper(List.of(SVG));

        @Override
        public boolean appliesTo(TemplateNode.Origin origin, Object result) {
            return !(result instanceof RawString);
        }

        @Override
        public String map(Object result, Expression expression) {
            return escaper.map(String.valueOf(result).replaceAll("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]", ""),
                    expression);
        }
    }
}
