package rapport.console.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Builds the {@link Shell} of a page and checks the team in its URL: a page of a team the user does not belong to is
 * refused here (403) before any service is asked, and so is a change by a read-only user.
 */
@RequestScoped
public class Shells {

    @Inject
    ConsoleUser user;

    /** The shell of a team's page; throws {@link NotAllowed} unless the user may open the team. */
    public Shell page(String team, Section section, String title) {
        if (!ConsoleUser.TEAM_ID.matcher(team).matches() || !user.mayOpen(team)) {
            throw new NotAllowed("You are not a member of team “" + team + "”.", this::outsideTeam);
        }
        return new Shell(user.displayName(), user.role(), user.canWrite(), user.isAdmin(), team, user.teams(), section,
                title);
    }

    /** The shell of a page that changes something: also refuses read-only users. */
    public Shell change(String team, Section section, String title) {
        Shell shell = page(team, section, title);
        if (!shell.canWrite()) {
            throw new NotAllowed("Your role (" + shell.role() + ") can read this team's data but not change it.",
                    () -> shell);
        }
        return shell;
    }

    /** The shell of a page outside any team (team picker, errors). */
    public Shell outsideTeam() {
        return new Shell(user.displayName(), user.role(), user.canWrite(), user.isAdmin(), null, user.teams(), null,
                null);
    }

    public ConsoleUser user() {
        return user;
    }
}
