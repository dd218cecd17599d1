package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import rapport.demo.DemoSettings;

class DemoCommandTest {

    @Test
    void withoutOptionsItLoadsTeamDemoWithSeedOneIntoTheLocalServices() {
        DemoSettings settings = DemoCommand.parse(CommandLine.parse("demo"));
        assertThat(settings).isEqualTo(DemoSettings.local("demo", 1));
        assertThat(settings.customerService()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(settings.feedbackService()).isEqualTo(URI.create("http://127.0.0.1:8082"));
        assertThat(settings.kpiService()).isEqualTo(URI.create("http://127.0.0.1:8083"));
    }

    @Test
    void teamSeedAndEveryServiceCanBeChosen() {
        DemoSettings settings = DemoCommand.parse(CommandLine.parse("demo", "--team", "demo-try-1", "--seed=42",
                "--customer-service", "http://cs.example:9081", "--feedback-service", "http://fs.example:9082",
                "--kpi-service", "https://kpi.example"));
        assertThat(settings).isEqualTo(new DemoSettings("demo-try-1", 42, URI.create("http://cs.example:9081"),
                URI.create("http://fs.example:9082"), URI.create("https://kpi.example")));
    }

    @Test
    void badOptionsAreUsageErrorsNamingTheOption() {
        assertThatThrownBy(() -> DemoCommand.parse(CommandLine.parse("demo", "--seed", "many")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--seed must be a whole number: many");
        assertThatThrownBy(() -> DemoCommand.parse(CommandLine.parse("demo", "--team", "Demo_Team")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--team").hasMessageContaining("Demo_Team");
        assertThatThrownBy(() -> DemoCommand.parse(CommandLine.parse("demo", "--kpi-service", "ftp://x.example")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--kpi-service must be an http(s) URL");
        assertThatThrownBy(() -> DemoCommand.parse(CommandLine.parse("demo", "--team", "a", "--team", "b")))
                .isInstanceOf(UsageException.class).hasMessageContaining("at most once");
        assertThatThrownBy(() -> CommandLine.parse("demo", "--teams", "a")).isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown option for demo: --teams");
    }
}
