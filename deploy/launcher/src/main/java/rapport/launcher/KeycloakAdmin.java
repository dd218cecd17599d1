package rapport.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code token} and {@code demo} commands' work against Keycloak's admin REST API: create or update a user with
 * teams and exactly one application role, then log in as that user through the public client {@code rapport-cli}.
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

    /** The admin API of the issuer the services trust, once its discovery document answers. */
    static KeycloakAdmin of(LauncherConfig config) {
        IssuerUrl issuer = IssuerUrl.parse(config.issuer());
        if (!Probes.httpOk(URI.create(issuer.issuer() + "/.well-known/openid-configuration"))) {
            throw new LauncherException("the OIDC issuer " + issuer.issuer() + " does not answer; start Keycloak with "
                    + "./rapport up (or ./rapport up --only keycloak)");
        }
        return new KeycloakAdmin(new Http(), issuer, config.keycloakAdmin(), config.keycloakAdminPassword());
    }

    /** Makes a dev user exist as described and returns an access token for it. */
    String token(String username, List<String> teams, String role) {
        return token(RealmUser.dev(username, teams, role));
    }

    /** Makes the user exist as described (details, teams, password, role) and returns an access token for it. */
    String token(RealmUser user) {
        String admin = adminToken();
        String id = upsertUser(admin, user);
        http.sendJson("PUT", issuer.admin("/users/" + id + "/reset-password"), admin,
                Map.of("type", "password", "value", user.password(), "temporary", false));
        setRealmRole(admin, id, user.role());
        JsonNode tokens = http.postForm(issuer.tokenEndpoint(issuer.realm()), Map.of("grant_type", "password",
                "client_id", CLI_CLIENT, "username", user.username(), "password", user.password()));
        return tokens.path("access_token").asText();
    }

    private String adminToken() {
        return http.postForm(issuer.tokenEndpoint("master"), Map.of("grant_type", "password", "client_id",
                "admin-cli", "username", adminUser, "password", adminPassword)).path("access_token").asText();
    }

    private String upsertUser(String admin, RealmUser user) {
        Map<String, Object> representation = user.representation();
        String existing = findUser(admin, user.username());
        if (existing != null) {
            http.sendJson("PUT", issuer.admin("/users/" + existing), admin, representation);
            return existing;
        }
        http.sendJson("POST", issuer.admin("/users"), admin, representation);
        String created = findUser(admin, user.username());
        if (created == null) {
            throw new LauncherException("user " + user.username() + " was created but cannot be found");
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
