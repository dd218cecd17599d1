package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRegistryTest {

    @TempDir
    Path dir;

    private final ProcessHandle self = ProcessHandle.current();

    private ProcessRecord recordOfThisJvm(String identity) {
        return new ProcessRecord("kafka", self.pid(), 9092, List.of("java", "kafka.Kafka"), identity,
                self.info().startInstant().orElseThrow().toString(), "/tmp/kafka.log");
    }

    /** Something certainly in this JVM's command line. */
    private String ownIdentity() {
        return ProcessInspector.commandLine(self.pid()).orElseThrow().split(" ")[0];
    }

    @Test
    void savesLoadsAndRemoves() {
        ProcessRegistry registry = new ProcessRegistry(dir.resolve("run"));
        ProcessRecord record = recordOfThisJvm(ownIdentity());
        registry.save(record);
        assertThat(dir.resolve("run/kafka.json")).exists();
        assertThat(registry.load("kafka")).contains(record);
        registry.remove("kafka");
        assertThat(registry.load("kafka")).isEmpty();
    }

    @Test
    void aLiveProcessWithTheRecordedCommandIsRunning() {
        ProcessRegistry registry = new ProcessRegistry(dir);
        registry.save(recordOfThisJvm(ownIdentity()));
        assertThat(ProcessInspector.check(recordOfThisJvm(ownIdentity()))).isEqualTo(ProcessInspector.State.OURS);
        assertThat(registry.running("kafka")).isPresent();
    }

    @Test
    void aReusedPidIsNotOursAndItsRecordIsDropped() {
        ProcessRegistry registry = new ProcessRegistry(dir);
        registry.save(recordOfThisJvm("/somewhere/else/server.properties"));
        assertThat(ProcessInspector.check(registry.load("kafka").orElseThrow()))
                .isEqualTo(ProcessInspector.State.REUSED);
        assertThat(registry.running("kafka")).isEmpty();
        assertThat(registry.load("kafka")).isEmpty();
    }

    @Test
    void aDifferentStartTimeMeansTheSamePidWasReused() {
        ProcessRecord old = new ProcessRecord("kafka", self.pid(), 9092, List.of(), ownIdentity(),
                Instant.now().minusSeconds(86_400).toString(), "x");
        assertThat(ProcessInspector.check(old)).isEqualTo(ProcessInspector.State.REUSED);
    }

    @Test
    void aDeadProcessIsGone() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        ProcessRecord record = new ProcessRecord("kafka", process.pid(), 9092, List.of("true"), "true", null, "x");
        assertThat(ProcessInspector.check(record)).isEqualTo(ProcessInspector.State.GONE);
    }

    @Test
    void unreadableStateCountsAsAbsent() throws Exception {
        Files.writeString(dir.resolve("keycloak.json"), "{not json");
        assertThat(new ProcessRegistry(dir).load("keycloak")).isEmpty();
    }

    @Test
    void startDecisions() {
        assertThat(StartDecision.decide(true, true, true)).isEqualTo(StartDecision.ALREADY_RUNNING);
        assertThat(StartDecision.decide(true, false, false)).isEqualTo(StartDecision.ALREADY_RUNNING);
        assertThat(StartDecision.decide(false, true, true)).isEqualTo(StartDecision.USE_FOREIGN);
        assertThat(StartDecision.decide(false, true, false)).isEqualTo(StartDecision.PORT_TAKEN);
        assertThat(StartDecision.decide(false, false, false)).isEqualTo(StartDecision.START);
    }
}
