package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IssuerUrlTest {

    @Test
    void derivesKeycloakEndpoints() {
        IssuerUrl issuer = IssuerUrl.parse("http://127.0.0.1:8180/realms/rapport");
        assertThat(issuer.base()).isEqualTo("http://127.0.0.1:8180");
        assertThat(issuer.realm()).isEqualTo("rapport");
        assertThat(issuer.tokenEndpoint("master"))
                .hasToString("http://127.0.0.1:8180/realms/master/protocol/openid-connect/token");
        assertThat(issuer.admin("/users")).hasToString("http://127.0.0.1:8180/admin/realms/rapport/users");
    }

    @Test
    void keepsAContextPath() {
        IssuerUrl issuer = IssuerUrl.parse("https://sso.example/auth/realms/rapport/");
        assertThat(issuer.base()).isEqualTo("https://sso.example/auth");
        assertThat(issuer.issuer()).isEqualTo("https://sso.example/auth/realms/rapport");
    }

    @Test
    void rejectsNonKeycloakIssuers() {
        assertThatThrownBy(() -> IssuerUrl.parse("https://accounts.example")).isInstanceOf(LauncherException.class);
    }

    @Test
    void devUsersAreFullySetUp() {
        assertThat(RealmUser.dev("alice", java.util.List.of("demo", "north"), "agent").representation())
                .containsEntry("username", "alice")
                .containsEntry("email", "alice@example.org")
                .containsEntry("firstName", "Alice")
                .containsEntry("enabled", true)
                .containsEntry("emailVerified", true)
                .containsEntry("attributes", java.util.Map.of("teams", java.util.List.of("demo", "north")))
                .containsKey("lastName");
    }
}
