package rapport.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A local Keycloak in dev mode, from the server distribution on Maven Central, with the Rapport realm imported.
 * Unpacked under {@code .rapport/keycloak-VERSION}; admin user from RAPPORT_KEYCLOAK_ADMIN[_PASSWORD] (admin/admin).
 * The system tests run one of their own ({@link #forTests}).
 */
public final class Keycloak implements Component {

    static final String VERSION = "26.5.6";
    static final int PORT = 8180;
    static final String BASE_URL = "http://127.0.0.1:" + PORT;
    static final String REALM = "rapport";

    private final LauncherConfig config;
    private final RapportPaths paths;
    private final PrintStream out;
    private final int port;
    private final Path home;
    private final Path realmFile;
    private final String database;

    Keycloak(LauncherConfig config, PrintStream out) {
        this(config, out, PORT, config.paths().keycloakHome(VERSION), config.paths().realmFile(), "dev-file");
    }

    private Keycloak(LauncherConfig config, PrintStream out, int port, Path home, Path realmFile, String database) {
        this.config = config;
        this.paths = config.paths();
        this.out = out;
        this.port = port;
        this.home = home;
        this.realmFile = realmFile;
        this.database = database;
    }

    /**
     * A Keycloak for tests, beside the one {@code up} starts: its own unpacked copy ({@code .rapport/keycloak-VERSION-tests},
     * kept between runs so that Keycloak's one-time build step is done once), its own port, an in-memory database
     * (nothing is left from one run to the next) and the realm of {@code realmFile}, imported at each start.
     */
    public static Keycloak forTests(int port, Path realmFile, PrintStream out) {
        LauncherConfig config = LauncherConfig.fromEnvironment();
        return new Keycloak(config, out, port, config.paths().keycloakHome(VERSION + "-tests"), realmFile, "dev-mem");
    }

    static URI distributionUri(String mavenRepo) {
        return URI.create(mavenRepo + "/org/keycloak/keycloak-quarkus-dist/" + VERSION
                + "/keycloak-quarkus-dist-" + VERSION + ".zip");
    }

    /** The realm's issuer, as tokens name it and as clients reach it. */
    public String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    URI wellKnownUri() {
        return URI.create(issuer() + "/.well-known/openid-configuration");
    }

    Path home() {
        return home;
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String probe() {
        return wellKnownUri().toString();
    }

    @Override
    public boolean isReady() {
        return Probes.httpOk(wellKnownUri());
    }

    @Override
    public Duration readyTimeout() {
        return Duration.ofSeconds(240);
    }

    /** Downloads and unpacks Keycloak unless it is there, then puts the current realm file into data/import. */
    @Override
    public void prepare() throws IOException {
        RealmFile realm = RealmFile.load(realmFile);
        if (!Files.isRegularFile(home().resolve("bin/kc.sh"))) {
            Path zip = paths.downloadsDir().resolve("keycloak-quarkus-dist-" + VERSION + ".zip");
            new Downloader(out).fetch(distributionUri(config.mavenRepo()), zip);
            Path unpack = home().resolveSibling(home().getFileName() + "-unpack.tmp");
            deleteTree(unpack);
            out.println("Unpacking " + paths.show(zip));
            try {
                Unzipper.extract(zip, unpack);
                Files.move(unpack.resolve("keycloak-" + VERSION), home(), StandardCopyOption.ATOMIC_MOVE);
            } finally {
                deleteTree(unpack); // a failed unpack (a full disk) leaves nothing half-written
            }
        }
        Path imports = Files.createDirectories(home().resolve("data/import"));
        Files.copy(realm.path(), imports.resolve(realm.realm() + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public Process start(Path logFile) throws IOException {
        return ChildProcess.start(command(), home(), env(), logFile, true);
    }

    @Override
    public List<String> command() {
        return List.of(home().resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                "--http-host=127.0.0.1", "--db=" + database, "--import-realm");
    }

    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", config.keycloakAdmin());
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", config.keycloakAdminPassword());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        if (System.getenv("JAVA_OPTS_KC_HEAP") == null) {
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        }
        return env;
    }

    @Override
    public String identity() {
        return home().toAbsolutePath().toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
