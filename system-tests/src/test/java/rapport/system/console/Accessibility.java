package rapport.system.console;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's accessibility engine) run inside the page the browser shows, against WCAG 2.x A and AA and
 * best-practice rules. Collects the serious and critical violations of every page checked, as lines a person can act
 * on: the page, the rule, what it asks for and where.
 */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    private final List<String> problems = new ArrayList<>();

    /** Checks the page the browser shows now; remembers what blocks. */
    void check(String page, WebDriver driver) {
        Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (results.isErrored()) {
            problems.add(page + ": axe-core failed: " + results.getErrorMessage());
            return;
        }
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                problems.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " — "
                        + rule.getNodes().stream().map(Accessibility::where).collect(Collectors.joining("; ")));
            }
        }
    }

    private static String where(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml().replaceAll("\\s+", " ");
        return node.getTarget() + " " + (html.length() > 120 ? html.substring(0, 120) + "…" : html);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }
}
