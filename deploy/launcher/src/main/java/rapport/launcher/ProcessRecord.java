package rapport.launcher;

import java.time.Instant;
import java.util.List;

/**
 * What the launcher remembers about a process it started, in {@code .rapport/run/NAME.json}.
 *
 * @param identity  a string that appears in the process's command line (e.g. the jar or config path): a pid whose
 *                  command line lacks it is no longer ours
 * @param startedAt when the OS says the process started (ISO-8601); a different start time means the pid was reused
 */
record ProcessRecord(String name, long pid, int port, List<String> command, String identity, String startedAt,
        String logFile) {

    Instant startInstant() {
        return startedAt == null ? null : Instant.parse(startedAt);
    }

    static ProcessRecord of(String name, Process process, int port, List<String> command, String identity,
            String logFile) {
        Instant started = process.info().startInstant().orElse(Instant.now());
        return new ProcessRecord(name, process.pid(), port, List.copyOf(command), identity, started.toString(),
                logFile);
    }
}
