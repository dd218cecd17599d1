package rapport.console.shell;

import java.util.Arrays;
import java.util.List;

/**
 * What the layout around every page shows: the user, the team the URL names (null on pages outside a team) and the
 * navigation, with the current page marked. Built by {@link Shells}.
 */
public record Shell(String userName, String role, boolean canWrite, boolean admin, String team, List<String> teams,
        Section current, String pageTitle) {

    /** The navigation for this user: every page of the team, less the write-only ones for read-only users. */
    public List<Section> sections() {
        return Arrays.stream(Section.values()).filter(s -> canWrite || !s.writes()).toList();
    }

    public boolean isCurrent(Section section) {
        return section == current;
    }

    public String path(Section section) {
        return section.path(team);
    }

    /** The team's base path, for links inside a page ({@code /teams/demo}). */
    public String base() {
        return "/teams/" + team;
    }

    public boolean hasTeam() {
        return team != null;
    }

    /** Other teams the user may switch to. */
    public List<String> otherTeams() {
        return teams.stream().filter(t -> !t.equals(team)).toList();
    }
}
