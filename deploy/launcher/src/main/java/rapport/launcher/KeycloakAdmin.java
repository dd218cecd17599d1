package rapport.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code token} command's work against Keycloak's admin REST API: create or update a dev user with teams and
 * exactly one application role, then log in as that user through the public client {@code rapport-cli}.
 */
final class KeycloakAdmin {

    static final List<String> ROLES = List.of("agent", "assessor", "admin");
    /** The password every user made by {@code ./rapport token} gets; local development only. */
    static final String DEV_PASSWORD = "rapport-dev";
    static final String CLI_CLIENT = "rapport-cli";

    private final Http http;
    private final IssuerUrl issuer;
    private final String adminUser;
    private final String adminPassword;

    KeycloakAdmin(Http http, IssuerUrl issuer, String adminUser, String adminPassword) {
        this.http = http;
        this.issuer = issuer;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    /** Makes the user exist as described and returns an access token for it. */
    String token(String username, List<String> teams, String role) {
        String admin = adminToken();
        String id = upsertUser(admin, username, teams);
        http.sendJson("PUT", issuer.admin("/users/" + id + "/reset-password"), admin,
                Map.of("type", "password", "value", DEV_PASSWORD, "temporary", false));
        setRealmRole(admin, id, role);
        JsonNode tokens = http.postForm(issuer.tokenEndpoint(issuer.realm()), Map.of("grant_type", "password",
                "client_id", CLI_CLIENT, "username", username, "password", DEV_PASSWORD));
        return tokens.path("access_token").asText();
    }

    private String adminToken() {
        return http.postForm(issuer.tokenEndpoint("master"), Map.of("grant_type", "password", "client_id",
                "admin-cli", "username", adminUser, "password", adminPassword)).path("access_token").asText();
    }

    static Map<String, Object> userRepresentation(String username, List<String> teams) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", username);
        user.put("email", username + "@example.org");
        user.put("firstName", username.substring(0, 1).toUpperCase(Locale.ROOT) + username.substring(1));
        user.put("lastName", "Developer");
        user.put("enabled", true);
        user.put("emailVerified", true);
        user.put("requiredActions", List.of());
        user.put("attributes", Map.of("teams", List.copyOf(teams)));
        return user;
    }

    private String upsertUser(String admin, String username, List<String> teams) {
        Map<String, Object> representation = userRepresentation(username, teams);
        String existing = findUser(admin, username);
        if (existing != null) {
            http.sendJson("PUT", issuer.admin("/users/" + existing), admin, representation);
            return existing;
        }
        http.sendJson("POST", issuer.admin("/users"), admin, representation);
        String created = findUser(admin, username);
        if (created == null) {
            throw new LauncherException("user " + username + " was created but cannot be found");
        }
        return created;
    }

    private String findUser(String admin, String username) {
        URI uri = issuer.admin("/users?exact=true&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8));
        for (JsonNode user : http.getJson(uri, admin)) {
            if (user.path("username").asText().equalsIgnoreCase(username)) {
                return user.path("id").asText();
            }
        }
        return null;
    }

    /** Direct realm roles become exactly {@code role}, plus the realm's default-roles composite if it was there. */
    private void setRealmRole(String admin, String id, String role) {
        URI mappings = issuer.admin("/users/" + id + "/role-mappings/realm");
        List<JsonNode> remove = new ArrayList<>();
        boolean present = false;
        for (JsonNode mapped : http.getJson(mappings, admin)) {
            String name = mapped.path("name").asText();
            if (name.equals(role)) {
                present = true;
            } else if (!name.equals("default-roles-" + issuer.realm())) {
                remove.add(mapped);
            }
        }
        if (!remove.isEmpty()) {
            http.sendJson("DELETE", mappings, admin, remove);
        }
        if (!present) {
            JsonNode representation = http.getJson(issuer.admin("/roles/" + role), admin);
            http.sendJson("POST", mappings, admin, List.of(representation));
        }
    }
}
