package rapport.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** The Keycloak realm export in deploy/keycloak, read to check it before it is imported. */
record RealmFile(Path path, JsonNode json) {

    static final String USER_PROFILE_PROVIDER = "org.keycloak.userprofile.UserProfileProvider";

    static RealmFile load(Path path) {
        try {
            return new RealmFile(path, Json.MAPPER.readTree(path.toFile()));
        } catch (IOException e) {
            throw new LauncherException("cannot read the realm file " + path + ": " + e.getMessage(), e);
        }
    }

    String realm() {
        return json.path("realm").asText();
    }

    List<String> realmRoles() {
        return texts(json.path("roles").path("realm"), "name");
    }

    List<String> clientIds() {
        return texts(json.path("clients"), "clientId");
    }

    Optional<JsonNode> client(String clientId) {
        return find(json.path("clients"), "clientId", clientId);
    }

    Optional<JsonNode> user(String username) {
        return find(json.path("users"), "username", username);
    }

    /** A user of the file as the launcher writes users into Keycloak: details, teams, application role, password. */
    RealmUser realmUser(String username) {
        JsonNode user = user(username).orElseThrow(() -> new LauncherException(path + " has no user " + username));
        String role = texts(user.path("realmRoles"), "").stream().filter(KeycloakAdmin.ROLES::contains).findFirst()
                .orElseThrow(() -> new LauncherException("user " + username + " in " + path + " has none of the "
                        + "roles " + KeycloakAdmin.ROLES));
        List<String> teams = texts(user.path("attributes").path("teams"), "");
        return new RealmUser(username, user.path("email").asText(), user.path("firstName").asText(),
                user.path("lastName").asText(), teams, role, user.path("credentials").path(0).path("value").asText());
    }

    /** The declarative user profile, stored by Keycloak as a JSON string inside the component's config. */
    JsonNode userProfile() {
        JsonNode providers = json.path("components").path(USER_PROFILE_PROVIDER);
        for (JsonNode provider : providers) {
            JsonNode config = provider.path("config").path("kc.user.profile.config");
            if (config.isArray() && !config.isEmpty()) {
                try {
                    return Json.MAPPER.readTree(config.get(0).asText());
                } catch (IOException e) {
                    throw new LauncherException("kc.user.profile.config in " + path + " is not JSON", e);
                }
            }
        }
        throw new LauncherException(path + " declares no user profile (" + USER_PROFILE_PROVIDER + ")");
    }

    Optional<JsonNode> userProfileAttribute(String name) {
        return find(userProfile().path("attributes"), "name", name);
    }

    /** The text of {@code field} of each element, or of each element itself for field "". */
    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> field.isEmpty() ? n.asText() : n.path(field).asText()).toList();
    }

    private static Optional<JsonNode> find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(n -> value.equals(n.path(field).asText())).findFirst();
    }
}
