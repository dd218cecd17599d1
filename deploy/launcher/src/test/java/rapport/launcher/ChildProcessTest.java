package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessTest {

    @TempDir
    Path dir;

    @Test
    void appendsOutputToTheLogWithAHeaderAndGetsNoStdin() throws Exception {
        Path log = dir.resolve("logs/x.log");
        Process process = ChildProcess.start(List.of("sh", "-c", "echo out-$GREETING; echo err >&2; cat"), dir,
                Map.of("GREETING", "hello"), log, true);
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("cat sees end of input at once").isTrue();
        ChildProcess.start(List.of("echo", "second"), dir, Map.of(), log, false).waitFor(10, TimeUnit.SECONDS);
        assertThat(Files.readAllLines(log)).hasSize(5).contains("out-hello", "err", "second")
                .first().asString().startsWith("==== ").contains("starting: sh -c");
    }

    @Test
    void detachedChildrenRunInASessionOfTheirOwn() throws Exception {
        Process process = ChildProcess.start(List.of("sleep", "30"), dir, Map.of(), dir.resolve("s.log"), true);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!ProcessInspector.commandLine(process.pid()).orElse("").equals("sleep 30")
                    && System.nanoTime() < deadline) {
                Thread.sleep(20); // setsid calls setsid(2), then execs the command
            }
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            assertThat(Long.parseLong(fields[3])).as("session id").isEqualTo(process.pid());
            assertThat(ProcessInspector.commandLine(process.pid())).contains("sleep 30");
        } finally {
            ChildProcess.terminate(process.toHandle(), Duration.ofSeconds(5));
        }
    }

    @Test
    void terminateStopsDescendantsToo() throws Exception {
        Process wrapper = ChildProcess.start(List.of("sh", "-c", "sleep 60 & wait"), dir, Map.of(),
                dir.resolve("w.log"), false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (wrapper.descendants().findAny().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<ProcessHandle> children = wrapper.descendants().toList();
        assertThat(children).isNotEmpty();
        assertThat(ChildProcess.terminate(wrapper.toHandle(), Duration.ofSeconds(10))).isTrue();
        assertThat(children).noneMatch(ProcessHandle::isAlive);
        assertThat(wrapper.isAlive()).isFalse();
    }

    @Test
    void runGivesUpAfterItsTimeoutAndKillsTheCommandWithItsChildren() {
        ChildProcess.Result result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ChildProcess.run(
                List.of("sh", "-c", "sleep 60 & echo child $!; wait"), Duration.ofMillis(500)));
        assertThat(result.exitCode()).isEqualTo(-1);
        assertThat(result.output()).startsWith("child ").contains("timed out after 500 ms");
        long child = Long.parseLong(result.output().lines().findFirst().orElseThrow().substring("child ".length()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (ProcessHandle.of(child).filter(ProcessHandle::isAlive).isPresent() && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // killed: only its reaping by the init process is left to wait for
        }
        assertThat(ProcessHandle.of(child).filter(ProcessHandle::isAlive)).as("the command's child").isEmpty();
    }

    @Test
    void runCapturesExitCodeAndOutput() throws Exception {
        ChildProcess.Result result = ChildProcess.run(List.of("sh", "-c", "echo hi; exit 3"), Duration.ofSeconds(10));
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.output()).isEqualTo("hi\n");
    }
}
