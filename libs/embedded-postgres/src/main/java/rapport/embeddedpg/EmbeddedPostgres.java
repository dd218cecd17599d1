package rapport.embeddedpg;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the {@link PostgresBinaries} for one data directory, listening on 127.0.0.1 only (no Unix
 * socket), superuser {@value #SUPERUSER} with trust authentication, like the local server of a developer machine.
 * This class prepares and describes the server; the caller runs {@link #serverCommand} as a process of its own,
 * so that it can outlive the JVM (the launcher) or die with it (tests).
 *
 * <p>PostgreSQL refuses to run as root. For a root caller (CI, containers) each PostgreSQL program runs in a user
 * namespace of its own ({@code unshare --user}) where it is the unprivileged user {@code nobody}: outside, it stays
 * the caller, so the files it writes belong to the caller and the caller can signal it.
 */
public final class EmbeddedPostgres {

    public static final String SUPERUSER = "postgres";
    public static final String HOST = "127.0.0.1";
    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(3);

    /** How to stop the server; each is a signal to the postmaster (PostgreSQL's "Shutting Down the Server"). */
    public enum Shutdown {
        /** Rolls back open transactions, disconnects clients, writes a checkpoint. */
        FAST("INT"),
        /** Stops at once; the next start recovers from the WAL. For servers whose data is thrown away. */
        IMMEDIATE("QUIT");

        private final String signal;

        Shutdown(String signal) {
            this.signal = signal;
        }
    }

    private final PostgresBinaries binaries;
    private final Path dataDir;
    private final int port;

    public EmbeddedPostgres(PostgresBinaries binaries, Path dataDir, int port) {
        this.binaries = binaries;
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.port = port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    /** The major version that created the data directory (its PG_VERSION), if it has been initialised. */
    public Optional<String> dataVersion() throws IOException {
        Path file = dataDir.resolve("PG_VERSION");
        return Files.isRegularFile(file) ? Optional.of(Files.readString(file).strip()) : Optional.empty();
    }

    /**
     * Runs initdb unless the data directory exists: encoding UTF-8 with the C.UTF-8 locale, as on the Debian server.
     * initdb writes a temporary sibling that is renamed into place, so a failed initdb (a full disk) leaves nothing.
     *
     * @param durable false for throwaway test servers: initdb then skips its fsync
     * @param log     where initdb's output is appended
     * @return true when this call created the data directory
     */
    public boolean initialize(boolean durable, Path log) throws IOException {
        Optional<String> version = dataVersion();
        if (version.isPresent()) {
            if (!version.get().equals(PostgresBinaries.majorVersion())) {
                throw new IOException(dataDir + " holds PostgreSQL " + version.get() + " data, but the embedded server "
                        + "is PostgreSQL " + PostgresBinaries.majorVersion() + ": move that directory away (or dump it "
                        + "with a PostgreSQL " + version.get() + " and restore it) and start again");
            }
            return false;
        }
        Path tmp = dataDir.resolveSibling(dataDir.getFileName() + ".initdb-" + ProcessHandle.current().pid());
        PostgresBinaries.deleteTree(tmp);
        Files.createDirectories(dataDir.getParent());
        List<String> initdb = new ArrayList<>(List.of(binaries.tool("initdb").toString(), "-D", tmp.toString(),
                "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"));
        if (!durable) {
            initdb.add("--no-sync");
        }
        try {
            int exit = run(unprivileged(initdb), log, INITDB_TIMEOUT);
            if (exit != 0) {
                throw new IOException("initdb failed (exit " + exit + "): " + lastError(log) + " (output in " + log
                        + ")");
            }
            try {
                Files.move(tmp, dataDir, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) { // "Directory not empty": initialised by another process meanwhile
                if (dataVersion().isEmpty()) {
                    throw e;
                }
                return false;
            }
        } finally {
            PostgresBinaries.deleteTree(tmp);
        }
        return true;
    }

    /**
     * The postmaster's command line. {@code settings} are extra {@code -c name=value} server settings.
     */
    public List<String> serverCommand(Map<String, String> settings) throws IOException {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("listen_addresses", HOST);
        all.put("port", Integer.toString(port));
        all.put("unix_socket_directories", ""); // none: /var/run/postgresql may not exist or belong to another server
        all.putAll(settings);
        List<String> command = new ArrayList<>(List.of(binaries.tool("postgres").toString(), "-D",
                dataDir.toString()));
        all.forEach((name, value) -> {
            command.add("-c");
            command.add(name + "=" + value);
        });
        return unprivileged(command);
    }

    /** The running postmaster of this data directory, from its postmaster.pid, if any. */
    public Optional<ProcessHandle> postmaster() {
        return postmasterOf(dataDir);
    }

    /** The running postmaster of a data directory, from its postmaster.pid, if any. */
    public static Optional<ProcessHandle> postmasterOf(Path dataDir) {
        Path pidFile = dataDir.toAbsolutePath().normalize().resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> commandLine(p.pid()).contains(pidFile.getParent().toString()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // being written or removed right now: no server to speak of
        }
    }

    /** Signals the postmaster and waits for it to exit; false when it still runs after {@code timeout}. */
    public static boolean shutDown(ProcessHandle postmaster, Shutdown mode, Duration timeout) throws IOException {
        if (!postmaster.isAlive()) {
            return true;
        }
        run(List.of("kill", "-s", mode.signal, Long.toString(postmaster.pid())), null, Duration.ofSeconds(10));
        try {
            postmaster.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !postmaster.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !postmaster.isAlive();
        }
    }

    /** The command as it must run here: as is, or for a root caller inside a user namespace (see above). */
    static List<String> unprivileged(List<String> command) throws IOException {
        if (!isRoot()) {
            return command;
        }
        Path unshare = Stream.of("/usr/bin/unshare", "/bin/unshare").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElseThrow(() -> new IOException("PostgreSQL does not run as root, and unshare "
                        + "(util-linux), which would run it unprivileged, is missing: run as a normal user"));
        String[] nobody = nobody();
        List<String> wrapped = new ArrayList<>(List.of(unshare.toString(), "--user", "--map-user=" + nobody[0],
                "--map-group=" + nobody[1]));
        wrapped.addAll(command);
        return wrapped;
    }

    static boolean isRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** uid and gid of the user {@code nobody}: initdb needs its user to have an entry in /etc/passwd. */
    private static String[] nobody() throws IOException {
        Path passwd = Path.of("/etc/passwd");
        if (Files.isReadable(passwd)) {
            for (String line : Files.readAllLines(passwd)) {
                String[] fields = line.split(":");
                if (fields.length > 3 && fields[0].equals("nobody")) {
                    return new String[] {fields[2], fields[3]};
                }
            }
        }
        return new String[] {"65534", "65534"};
    }

    /** Runs a command to its end, output appended to {@code log} (or discarded); kills it after {@code timeout}. */
    private static int run(List<String> command, Path log, Duration timeout) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (log == null) {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        } else {
            Files.createDirectories(log.toAbsolutePath().getParent());
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        }
        Process process = builder.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.getFirst() + " did not finish within " + timeout.toSeconds() + " s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running " + command.getFirst(), e);
        }
    }

    /** The last line of a program's output that reports an error (initdb ends with "removing data directory"). */
    private static String lastError(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            return lines.reversed().stream().filter(l -> l.contains("error") || l.contains("FATAL")).findFirst()
                    .or(() -> lines.isEmpty() ? Optional.empty() : Optional.of(lines.getLast()))
                    .map(String::strip).orElse("no output");
        } catch (IOException e) {
            return "no output";
        }
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (IOException e) {
            return ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("");
        }
    }
}
