package rapport.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A chart parsed as XML (so a test fails on markup that is not well-formed), with look-ups by element and class. */
record ParsedSvg(Element root) {

    static ParsedSvg parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getLocalName()).isEqualTo("svg");
        return new ParsedSvg(root);
    }

    List<Element> all(String name) {
        return elements(root.getElementsByTagNameNS("*", name));
    }

    List<Element> inClass(String cssClass, String name) {
        return all(name).stream().filter(e -> hasClass((Element) e.getParentNode(), cssClass) || hasClass(e, cssClass))
                .toList();
    }

    List<Element> groups(String cssClass) {
        return all("g").stream().filter(g -> hasClass(g, cssClass)).toList();
    }

    /** The element's own {@code <title>} child's text (a tooltip), or null. */
    static String tooltip(Element element) {
        for (Element child : elements(element.getChildNodes())) {
            if (child.getLocalName().equals("title")) {
                return child.getTextContent();
            }
        }
        return null;
    }

    static String markup(Element element) throws Exception {
        var writer = new java.io.StringWriter();
        var transformer = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
        transformer.transform(new javax.xml.transform.dom.DOMSource(element),
                new javax.xml.transform.stream.StreamResult(writer));
        return writer.toString();
    }

    /** The font size a text is drawn at: its own {@code font-size} or its nearest ancestor's, in user units. */
    static double fontSize(Element element) {
        for (org.w3c.dom.Node node = element; node instanceof Element e; node = e.getParentNode()) {
            if (e.hasAttribute("font-size")) {
                return number(e, "font-size");
            }
        }
        throw new AssertionError("no font-size on " + element.getTextContent() + " or above it");
    }

    /** The width of the root's {@code viewBox}, in user units. */
    double viewBoxWidth() {
        return Double.parseDouble(root.getAttribute("viewBox").split(" ")[2]);
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    static List<Element> children(Element element, String name) {
        return elements(element.getChildNodes()).stream().filter(e -> e.getLocalName().equals(name)).toList();
    }

    String text(String id) {
        return all("*").stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst().orElseThrow()
                .getTextContent();
    }

    private static boolean hasClass(Element element, String cssClass) {
        return List.of(element.getAttribute("class").split(" ")).contains(cssClass);
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
