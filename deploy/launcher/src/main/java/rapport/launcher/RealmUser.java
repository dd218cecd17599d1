package rapport.launcher;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A user of the local realm as the launcher writes it into Keycloak: who they are, their teams, exactly one
 * application role and a password. Either a dev user of {@code ./rapport token} or a user of the realm file (the
 * demo learners of {@code ./rapport demo}).
 */
record RealmUser(String username, String email, String firstName, String lastName, List<String> teams, String role,
        String password) {

    RealmUser {
        teams = List.copyOf(teams);
    }

    /** A user made by {@code ./rapport token}: e-mail USER@example.org, password {@link KeycloakAdmin#DEV_PASSWORD}. */
    static RealmUser dev(String username, List<String> teams, String role) {
        return new RealmUser(username, username + "@example.org",
                username.substring(0, 1).toUpperCase(Locale.ROOT) + username.substring(1), "Developer", teams, role,
                KeycloakAdmin.DEV_PASSWORD);
    }

    /** The same user, also a member of {@code team}. */
    RealmUser withTeam(String team) {
        Set<String> all = new LinkedHashSet<>(teams);
        all.add(team);
        return new RealmUser(username, email, firstName, lastName, List.copyOf(all), role, password);
    }

    /** Keycloak's user representation (without credentials and roles, which have their own endpoints). */
    Map<String, Object> representation() {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("email", email);
        user.put("firstName", firstName);
        user.put("lastName", lastName);
        user.put("enabled", true);
        user.put("emailVerified", true);
        user.put("requiredActions", List.of());
        user.put("attributes", Map.of("teams", teams));
        return user;
    }
}
