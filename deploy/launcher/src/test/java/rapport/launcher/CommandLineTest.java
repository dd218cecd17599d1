package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void parsesOptionsInBothFormsAndRepeats() {
        CommandLine line = CommandLine.parse("token", "--user", "alice", "--team=demo,north", "--team", "south",
                "--role", "agent");
        assertThat(line.command()).isEqualTo("token");
        assertThat(line.required("user")).isEqualTo("alice");
        assertThat(line.values("team")).containsExactly("demo", "north", "south");
        assertThat(line.required("role")).isEqualTo("agent");
        assertThat(line.positional()).isEmpty();
    }

    @Test
    void flagsAndShortAliases() {
        CommandLine line = CommandLine.parse("logs", "kafka", "-f");
        assertThat(line.positional()).containsExactly("kafka");
        assertThat(line.flag("follow")).isTrue();
        assertThat(CommandLine.parse("logs", "kafka").flag("follow")).isFalse();
    }

    @Test
    void helpAliases() {
        assertThat(CommandLine.parse("--help").command()).isEqualTo("help");
        assertThat(CommandLine.parse("-h").command()).isEqualTo("help");
    }

    @Test
    void usageErrors() {
        assertThatThrownBy(CommandLine::parse).isInstanceOf(UsageException.class).hasMessageContaining("no command");
        assertThatThrownBy(() -> CommandLine.parse("start")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown command: start");
        assertThatThrownBy(() -> CommandLine.parse("up", "--bogus", "x")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--bogus");
        assertThatThrownBy(() -> CommandLine.parse("up", "--only")).isInstanceOf(UsageException.class)
                .hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CommandLine.parse("token", "--user", "--role", "x"))
                .isInstanceOf(UsageException.class).hasMessageContaining("--user needs a value");
    }

    @Test
    void requiredRejectsMissingAndRepeated() {
        assertThatThrownBy(() -> CommandLine.parse("token").required("user")).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> CommandLine.parse("token", "--user", "a", "--user", "b").required("user"))
                .isInstanceOf(UsageException.class).hasMessageContaining("exactly one --user");
    }

    @Test
    void valuesDropBlanks() {
        assertThat(CommandLine.parse("up", "--only", "kafka,, keycloak ").values("only"))
                .isEqualTo(List.of("kafka", "keycloak"));
    }

    @Test
    void positionalCountIsChecked() {
        assertThatThrownBy(() -> CommandLine.parse("status", "extra").expectPositional(0, 0))
                .isInstanceOf(UsageException.class);
    }
}
