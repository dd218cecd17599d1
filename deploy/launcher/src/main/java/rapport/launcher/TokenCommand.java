package rapport.launcher;

import java.io.PrintStream;
import java.util.List;

/** {@code token --user U --team T [--team T2] --role R}: prints only an access token, for {@code $(...)}. */
final class TokenCommand {

    record Request(String user, List<String> teams, String role) {
    }

    private final LauncherConfig config;
    private final PrintStream out;

    TokenCommand(LauncherConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    static Request parse(CommandLine line) {
        line.expectPositional(0, 0);
        String user = line.required("user");
        if (!user.matches("[a-z0-9][a-z0-9._-]*")) {
            throw new UsageException("--user must be lower-case letters, digits, '.', '_' or '-': " + user);
        }
        List<String> teams = line.values("team");
        if (teams.isEmpty()) {
            throw new UsageException("token needs at least one --team");
        }
        String role = line.required("role");
        if (!KeycloakAdmin.ROLES.contains(role)) {
            throw new UsageException("--role must be one of " + String.join(", ", KeycloakAdmin.ROLES) + ": " + role);
        }
        return new Request(user, teams, role);
    }

    int run(Request request) {
        out.println(KeycloakAdmin.of(config).token(request.user(), request.teams(), request.role()));
        return 0;
    }
}
