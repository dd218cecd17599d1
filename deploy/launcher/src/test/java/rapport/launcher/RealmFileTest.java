package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Checks deploy/keycloak/rapport-realm.json, which `up` imports into Keycloak and compose mounts. */
class RealmFileTest {

    private final RealmFile realm = RealmFile.load(
            new RapportPaths(RapportPaths.searchUp(Path.of("").toAbsolutePath()).orElseThrow()).realmFile());

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void realmSettings() {
        assertThat(realm.realm()).isEqualTo("rapport");
        assertThat(realm.json().path("enabled").asBoolean()).isTrue();
        assertThat(realm.json().path("sslRequired").asText()).isEqualTo("none");
        assertThat(realm.json().path("accessTokenLifespan").asInt()).isEqualTo(3600);
        assertThat(realm.realmRoles()).containsExactlyInAnyOrderElementsOf(KeycloakAdmin.ROLES);
    }

    @Test
    void cliClientUsesThePasswordGrantOnly() {
        JsonNode cli = realm.client(KeycloakAdmin.CLI_CLIENT).orElseThrow();
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
    }

    @Test
    void consoleClientUsesCodeFlowWithPkce() {
        JsonNode console = realm.client("rapport-console").orElseThrow();
        assertThat(console.path("publicClient").asBoolean()).isTrue();
        assertThat(console.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(console.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(console.path("redirectUris"))).containsExactly("http://127.0.0.1:8080/*");
        assertThat(texts(console.path("webOrigins"))).containsExactly("+");
    }

    @Test
    void bothClientsPutUpnGroupsAndTeamsIntoTokens() {
        for (String clientId : List.of("rapport-cli", "rapport-console")) {
            JsonNode client = realm.client(clientId).orElseThrow();
            assertThat(texts(client.path("defaultClientScopes")))
                    .contains("microprofile-jwt", "profile", "email", "roles", "basic");
            JsonNode teams = StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                    .filter(m -> m.path("name").asText().equals("teams")).findFirst().orElseThrow();
            assertThat(teams.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-attribute-mapper");
            JsonNode config = teams.path("config");
            assertThat(config.path("user.attribute").asText()).isEqualTo("teams");
            assertThat(config.path("claim.name").asText()).isEqualTo("teams");
            assertThat(config.path("multivalued").asText()).isEqualTo("true");
            assertThat(config.path("jsonType.label").asText()).isEqualTo("String");
            assertThat(config.path("access.token.claim").asText()).isEqualTo("true");
            assertThat(config.path("id.token.claim").asText()).isEqualTo("true");
        }
    }

    @Test
    void userProfileDeclaresMultivaluedTeams() {
        assertThat(realm.userProfileAttribute("username")).isPresent();
        assertThat(realm.userProfileAttribute("email")).isPresent();
        assertThat(realm.userProfileAttribute("firstName")).isPresent();
        assertThat(realm.userProfileAttribute("lastName")).isPresent();
        JsonNode teams = realm.userProfileAttribute("teams").orElseThrow();
        assertThat(teams.path("multivalued").asBoolean()).isTrue();
        assertThat(texts(teams.path("permissions").path("edit"))).containsExactly("admin");
        assertThat(texts(teams.path("permissions").path("view"))).contains("admin", "user");
    }

    @Test
    void demoUsersAreFullySetUp() {
        for (String role : KeycloakAdmin.ROLES) {
            JsonNode user = realm.user("demo-" + role).orElseThrow();
            assertThat(user.path("enabled").asBoolean()).isTrue();
            assertThat(user.path("email").asText()).isEqualTo("demo-" + role + "@example.org");
            assertThat(user.path("emailVerified").asBoolean()).isTrue();
            assertThat(user.path("firstName").asText()).isNotBlank();
            assertThat(user.path("lastName").asText()).isNotBlank();
            assertThat(texts(user.path("attributes").path("teams"))).containsExactly("demo");
            assertThat(texts(user.path("realmRoles"))).contains(role).doesNotContain(
                    KeycloakAdmin.ROLES.stream().filter(r -> !r.equals(role)).toArray(String[]::new));
            JsonNode password = user.path("credentials").get(0);
            assertThat(password.path("value").asText()).isEqualTo("demo");
            assertThat(password.path("temporary").asBoolean()).isFalse();
        }
    }

    @Test
    void theDemoPlacementsLearnersAreAgentsOfTeamDemoWithPasswordDemo() {
        for (String learner : rapport.demo.plan.PlacementPlanner.learners()) {
            RealmUser user = realm.realmUser(learner);
            assertThat(user.email()).isEqualTo(learner + "@example.org");
            assertThat(user.firstName() + "." + user.lastName()).isEqualToIgnoringCase(learner);
            assertThat(user.teams()).containsExactly("demo");
            assertThat(user.role()).isEqualTo("agent");
            assertThat(user.password()).isEqualTo("demo");
            JsonNode json = realm.user(learner).orElseThrow();
            assertThat(json.path("enabled").asBoolean()).isTrue();
            assertThat(json.path("emailVerified").asBoolean()).isTrue();
            assertThat(json.path("credentials").get(0).path("temporary").asBoolean()).isFalse();
        }
    }

    @Test
    void aLearnerLoadingAnotherTeamStaysInTeamDemo() {
        RealmUser learner = realm.realmUser(rapport.demo.plan.PlacementPlanner.learners().getFirst());
        assertThat(learner.withTeam("demo-try-1").teams()).containsExactly("demo", "demo-try-1");
        assertThat(learner.withTeam("demo").teams()).containsExactly("demo");
        assertThat(learner.withTeam("demo-try-1").representation()).containsEntry("attributes",
                java.util.Map.of("teams", List.of("demo", "demo-try-1")));
    }
}
