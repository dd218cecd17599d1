package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpDecisionTest {

    @TempDir
    Path dir;

    /** A component that never answers its probe, on the given ports. */
    private record Silent(int port, List<Integer> otherPorts) implements Component {
        @Override
        public String name() {
            return "silent";
        }

        @Override
        public String probe() {
            return "the silent probe";
        }

        @Override
        public boolean isReady() {
            return false;
        }

        @Override
        public Duration readyTimeout() {
            return Duration.ZERO;
        }

        @Override
        public void prepare() {
        }

        @Override
        public Process start(Path logFile) {
            throw new AssertionError("nothing may start");
        }

        @Override
        public List<String> command() {
            return List.of();
        }

        @Override
        public String identity() {
            return "silent";
        }
    }

    @Test
    void aFreePortMeansStart() {
        Component free = new Silent(Ports.free(), List.of(Ports.free()));
        assertThat(UpCommand.decide(List.of(free), new ProcessRegistry(dir))).containsEntry(free, StartDecision.START);
    }

    @Test
    void aSquatterOnTheMainPortIsRefusedInOneLineSayingWhatToDo() throws IOException {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Component taken = new Silent(squatter.getLocalPort(), List.of());
            assertThatThrownBy(() -> UpCommand.decide(List.of(taken), new ProcessRegistry(dir)))
                    .isInstanceOf(LauncherException.class)
                    .hasMessage("silent: port " + squatter.getLocalPort() + " is taken by a process ./rapport did not "
                            + "start, and the silent probe does not answer. Stop that process (see `ss -ltnp`) and "
                            + "run ./rapport up again. Nothing was started.");
        }
    }

    @Test
    void aSquatterOnAFurtherPortIsRefusedBeforeAnythingStarts() throws IOException {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Component first = new Silent(Ports.free(), List.of());
            Component needsTwo = new Silent(Ports.free(), List.of(squatter.getLocalPort()));
            assertThatThrownBy(() -> UpCommand.decide(List.of(first, needsTwo), new ProcessRegistry(dir)))
                    .isInstanceOf(LauncherException.class)
                    .hasMessageContaining("port " + squatter.getLocalPort() + ", which it needs too, is taken")
                    .hasMessageEndingWith("Nothing was started.");
        }
    }
}
