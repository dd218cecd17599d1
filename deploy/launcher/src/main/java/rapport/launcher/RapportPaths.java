package rapport.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where things are: the repository root and, under it, {@code .rapport/} (run state, logs, downloads, data, the
 * unpacked Keycloak) and the build outputs the launcher starts.
 */
record RapportPaths(Path root) {

    static final String ROOT_PROPERTY = "rapport.root";
    private static final String MARKER = "deploy/launcher/pom.xml";

    RapportPaths {
        root = root.toAbsolutePath().normalize();
    }

    /**
     * Finds the repository root: system property {@code rapport.root} (set by the ./rapport shim), else the
     * directory three levels above this jar (deploy/launcher/target), else the nearest directory above the working
     * directory that contains deploy/launcher/pom.xml.
     */
    static RapportPaths locate() {
        String property = System.getProperty(ROOT_PROPERTY);
        if (property != null && !property.isBlank()) {
            return new RapportPaths(Path.of(property));
        }
        return fromCodeSource().or(() -> searchUp(Path.of("").toAbsolutePath()))
                .map(RapportPaths::new)
                .orElseThrow(() -> new LauncherException("cannot find the Rapport repository root (a directory with "
                        + MARKER + "); run the launcher through ./rapport or pass -D" + ROOT_PROPERTY + "=DIR"));
    }

    static Optional<Path> searchUp(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> fromCodeSource() {
        try {
            Path location = Path.of(RapportPaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(location.getParent()).flatMap(RapportPaths::searchUp);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    Path state() {
        return root.resolve(".rapport");
    }

    Path runDir() {
        return state().resolve("run");
    }

    Path logsDir() {
        return state().resolve("logs");
    }

    Path logFile(String component) {
        return logsDir().resolve(component + ".log");
    }

    Path downloadsDir() {
        return state().resolve("downloads");
    }

    Path kafkaDataDir() {
        return state().resolve("data").resolve("kafka");
    }

    /** The embedded PostgreSQL's data directory: kept across down and up, like a server's. */
    Path postgresDataDir() {
        return state().resolve("data").resolve("postgres");
    }

    Path keycloakHome(String version) {
        return state().resolve("keycloak-" + version);
    }

    Path kafkaLibs() {
        return root.resolve("deploy/launcher/target/kafka-libs");
    }

    Path realmFile() {
        return root.resolve("deploy/keycloak/rapport-realm.json");
    }

    Path serviceJar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** A path for messages: relative to the root when it is inside it. */
    String show(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
