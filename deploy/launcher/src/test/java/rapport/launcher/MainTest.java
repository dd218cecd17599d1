package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("Usage: ./rapport COMMAND").contains("token --user USER");
        assertThat(out.size()).isZero();
    }

    @Test
    void tokenWithoutOptionsIsAUsageError() {
        assertThat(run("token")).isEqualTo(2);
        assertThat(err()).contains("token needs exactly one --user").contains("Usage:");
    }

    @Test
    void tokenWithAnUnknownRoleIsAUsageError() {
        assertThat(run("token", "--user", "alice", "--team", "demo", "--role", "boss")).isEqualTo(2);
        assertThat(err()).contains("--role must be one of agent, assessor, admin");
    }

    @Test
    void tokenWithoutTeamIsAUsageError() {
        assertThat(run("token", "--user", "alice", "--role", "agent")).isEqualTo(2);
        assertThat(err()).contains("at least one --team");
    }

    @Test
    void logsOfAnUnknownComponentListsTheValidNames() {
        assertThat(run("logs", "nosuch")).isEqualTo(2);
        assertThat(err()).contains("postgres, kafka, keycloak, customer-service, feedback-service, kpi-service");
    }

    @Test
    void unknownComponentInOnly() {
        assertThat(run("up", "--only", "kafka,zookeeper")).isEqualTo(2);
        assertThat(err()).contains("unknown component: zookeeper");
    }

    @Test
    void unknownCommand() {
        assertThat(run("deploy")).isEqualTo(2);
        assertThat(err()).contains("unknown command: deploy");
    }

    @Test
    void helpGoesToStdoutAndSucceeds() {
        assertThat(run("help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("RAPPORT_PG_URL").contains("RAPPORT_PG_PORT")
                .contains("RAPPORT_OIDC_ISSUER").contains("embedded PostgreSQL 15.");
        assertThat(err()).isEmpty();
    }
}
