package rapport.console.signin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import rapport.console.shell.ConsoleUser;
import rapport.console.shell.Shell;
import rapport.console.shell.Shells;

/**
 * Where sign-in lands: straight to the team's home when the user has one team, else a choice of team (the team is
 * then in every page's URL). An admin, who may open any team, can also type one.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class StartPage {

    @CheckedTemplate(basePath = "signin")
    static class Templates {
        static native TemplateInstance chooseTeam(Shell shell, List<String> teams, String error);

        static native TemplateInstance signedOut();
    }

    @Inject
    Shells shells;

    @GET
    public Response start(@QueryParam("team") String typed) {
        ConsoleUser user = shells.user();
        if (typed != null && !typed.isBlank()) {
            String team = typed.strip();
            if (ConsoleUser.TEAM_ID.matcher(team).matches() && user.mayOpen(team)) {
                return Response.seeOther(URI.create("/teams/" + team)).build();
            }
            return Response.status(400).entity(Templates.chooseTeam(shells.outsideTeam(), user.teams(),
                    "“" + team + "” is not a team you may open.")).build();
        }
        if (user.teams().size() == 1) {
            return Response.seeOther(URI.create("/teams/" + user.teams().get(0))).build();
        }
        return Response.ok(Templates.chooseTeam(shells.outsideTeam(), user.teams(), null)).build();
    }

    /** Where Keycloak sends the browser back after sign-out; needs no session. */
    @GET
    @Path("signed-out")
    public TemplateInstance signedOut() {
        return Templates.signedOut();
    }
}
