package rapport.launcher;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts child processes the way the launcher needs them: stdin from /dev/null, stdout and stderr appended to a log
 * file, and, when detached, in a session of their own ({@code setsid}) so that neither the launcher's exit nor a
 * Ctrl-C or hang-up of its terminal reaches them.
 */
final class ChildProcess {

    private static final List<Path> SETSID = List.of(Path.of("/usr/bin/setsid"), Path.of("/bin/setsid"));

    private ChildProcess() {
    }

    /** The java of the JDK this launcher runs on: children run on the same JDK. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Process start(List<String> command, Path workDir, Map<String, String> env, Path logFile,
            boolean detached) throws IOException {
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        Files.writeString(logFile, "==== " + OffsetDateTime.now() + " starting: " + String.join(" ", command) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        List<String> full = new ArrayList<>();
        if (detached) {
            SETSID.stream().filter(Files::isExecutable).findFirst().ifPresent(p -> full.add(p.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(env);
        return builder.start();
    }

    /**
     * Runs a command to completion, returning its exit code and combined output; after {@code timeout} it kills the
     * command and its descendants and returns exit code -1. The output is read on a thread of its own: read to its
     * end first, it would block until the command exits, and the timeout would never fire.
     */
    static Result run(List<String> command, Duration timeout) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = Thread.ofPlatform().daemon().name("output-of-" + process.pid()).start(() -> {
            try (InputStream in = process.getInputStream()) {
                in.transferTo(output);
            } catch (IOException e) {
                // the pipe closed under us: the command was killed
            }
        });
        try {
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                terminate(process.toHandle(), Duration.ZERO); // descendants too, or one would keep the pipe open
            }
            reader.join(Duration.ofSeconds(5));
            String text = output.toString(StandardCharsets.UTF_8);
            return exited ? new Result(process.exitValue(), text)
                    : new Result(-1, text + "\n(timed out after " + timeout.toMillis() + " ms)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            terminate(process.toHandle(), Duration.ZERO);
            throw new IOException("interrupted while running " + command, e);
        }
    }

    record Result(int exitCode, String output) {
    }

    /**
     * Stops a process and its descendants: SIGTERM to all, then SIGKILL to whatever is left after the grace time.
     * Descendants are signalled first so that a wrapper script's child (Keycloak's kc.sh runs java) also stops.
     */
    static boolean terminate(ProcessHandle process, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process);
        all.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && all.stream().anyMatch(ProcessHandle::isAlive)) {
            Sleep.millis(100);
        }
        boolean graceful = all.stream().noneMatch(ProcessHandle::isAlive);
        all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        return graceful;
    }
}
