package rapport.console.coming;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import rapport.console.shell.Section;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;

/**
 * The pages of the navigation that are not built yet: each says what is coming. A page that is built gets a package
 * of its own and leaves this path's list (a literal path such as {@code /teams/{team}/kpis} also wins over it).
 */
@Path("/teams/{team}/{page: feedback}")
@Produces(MediaType.TEXT_HTML)
public class ComingPage {

    static final Map<String, Section> SECTIONS = Map.of("feedback", Section.FEEDBACK);
    static final Map<Section, String> WHAT = Map.of(
            Section.FEEDBACK, "survey responses with filters and comments, survey links for customers, paper and "
                    + "phone feedback");

    @CheckedTemplate(basePath = "coming")
    static class Templates {
        static native TemplateInstance page(Shell shell, String what);
    }

    @Inject
    Shells shells;

    @GET
    public TemplateInstance page(@PathParam("team") String team, @PathParam("page") String page) {
        Section section = SECTIONS.get(page);
        return Templates.page(shells.page(team, section, section.label()), WHAT.get(section));
    }
}
