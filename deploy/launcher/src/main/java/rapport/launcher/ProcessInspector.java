package rapport.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Answers whether a pid is alive and still the process a {@link ProcessRecord} describes. */
final class ProcessInspector {

    /** Start times from the OS are rounded to clock ticks; allow for that. */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(2);

    enum State {
        /** Alive, and its command line and start time match the record. */
        OURS,
        /** No such process. */
        GONE,
        /** The pid is alive but runs something else now. */
        REUSED
    }

    private ProcessInspector() {
    }

    static State check(ProcessRecord record) {
        Optional<ProcessHandle> handle = ProcessHandle.of(record.pid()).filter(ProcessHandle::isAlive);
        if (handle.isEmpty()) {
            return State.GONE;
        }
        boolean sameCommand = commandLine(record.pid()).map(c -> c.contains(record.identity())).orElse(false);
        Optional<Instant> started = handle.get().info().startInstant();
        Instant recorded = record.startInstant();
        boolean sameStart = recorded == null || started.isEmpty()
                || Duration.between(recorded, started.get()).abs().compareTo(START_TOLERANCE) <= 0;
        return sameCommand && sameStart ? State.OURS : State.REUSED;
    }

    /** The full command line, arguments separated by spaces: from /proc where there is one. */
    static Optional<String> commandLine(long pid) {
        Path proc = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            if (Files.isReadable(proc)) {
                String raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
                return Optional.of(raw.replace('\0', ' ').strip()).filter(s -> !s.isEmpty());
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine());
    }
}
