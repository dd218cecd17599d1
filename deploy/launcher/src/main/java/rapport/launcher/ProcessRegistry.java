package rapport.launcher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** The launcher's memory of what it started: one JSON file per component in {@code .rapport/run}. */
final class ProcessRegistry {

    private static final ObjectMapper JSON = Json.MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path runDir;

    ProcessRegistry(Path runDir) {
        this.runDir = runDir;
    }

    Path file(String name) {
        return runDir.resolve(name + ".json");
    }

    void save(ProcessRecord record) {
        try {
            Files.createDirectories(runDir);
            Path tmp = runDir.resolve(record.name() + ".json.tmp");
            JSON.writeValue(tmp.toFile(), record);
            Files.move(tmp, file(record.name()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(record.name()), e);
        }
    }

    /** The record as stored, whether or not its process still runs; unreadable files count as absent. */
    Optional<ProcessRecord> load(String name) {
        Path file = file(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ProcessRecord.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void remove(String name) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file(name), e);
        }
    }

    /** The record of a process that is still ours and alive; a stale record (process gone or pid reused) is removed. */
    Optional<ProcessRecord> running(String name) {
        Optional<ProcessRecord> record = load(name);
        if (record.isPresent() && ProcessInspector.check(record.get()) != ProcessInspector.State.OURS) {
            remove(name);
            return Optional.empty();
        }
        return record;
    }
}
