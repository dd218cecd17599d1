package rapport.console;

import static io.restassured.RestAssured.given;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import rapport.console.services.ServiceErrors;
import rapport.console.services.ServiceProblem;
import rapport.console.shell.FormErrors;
import rapport.console.shell.Section;
import rapport.console.shell.Shell;

/**
 * Pages rendered by the running console (a {@code @QuarkusTest}) from views a test builds, through test-only
 * resources under {@code /rendered/…} in each page's package: the templates, tags, CSRF fields and escaping as a
 * browser gets them, parsed with jsoup. The views hold the shapes the services answer with (their records).
 */
public final class RenderedPages {

    public static final String TEAM = "demo";

    private RenderedPages() {
    }

    /** The shell of an agent (writes) or an assessor (reads only) in team demo. */
    public static Shell shell(boolean canWrite, Section section) {
        return new Shell(canWrite ? "Alex Agent" : "Sam Assessor", canWrite ? "agent" : "assessor", canWrite, false,
                TEAM, List.of(TEAM), section, section.label());
    }

    /** A service's problem+json refusal sorted onto a form's fields, as the pages do it. */
    public static FormErrors refusal(String service, String problemJson, Set<String> fields) {
        ServiceProblem problem = (ServiceProblem) ServiceErrors.of(service,
                Response.status(400).type("application/problem+json").entity(problemJson).build());
        return FormErrors.of(problem, fields);
    }

    /** The page at {@code path} (200 or 400), parsed. */
    public static Document page(String path) {
        String html = given().get(path).then().statusCode(org.hamcrest.Matchers.anyOf(
                org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(400))).extract().asString();
        return Jsoup.parse(html);
    }

    /** The controls that would change something: forms that post, and submit buttons inside them. */
    public static int writeControls(Document page) {
        return page.select("form[method=post]").size() + page.select("form[method=post] button").size();
    }
}
