package rapport.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a packaged service's JVM is started: its options and the environment added for it. {@link #BASELINE} is the
 * default; {@link #TUNED}, chosen with {@code RAPPORT_SERVICE_JVM=tuned}, the candidate settings that
 * {@code ./rapport bench startup} compares with it. They become the default once measured: docs/benchmarks/startup.md.
 */
public enum ServiceJvm {

    /** The default: G1 with a 256 MiB heap ceiling, nothing else. */
    BASELINE,
    /** Smaller and faster to start on a small machine: the build's class cache, SerialGC, a glibc arena cap. */
    TUNED;

    public static final String VARIABLE = "RAPPORT_SERVICE_JVM";
    /** Written by the build next to quarkus-run.jar (root pom, quarkus.package.jar.aot): JDK 25's AOT cache... */
    static final String AOT_CACHE = "app.aot";
    /** ...or, when the build targets an older JDK, an AppCDS archive. */
    static final String CDS_ARCHIVE = "app-cds.jsa";

    /** {@code RAPPORT_SERVICE_JVM}: {@code tuned}, or {@code baseline} (the default when unset or blank). */
    public static ServiceJvm from(Map<String, String> env) {
        String value = env.getOrDefault(VARIABLE, "").strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "baseline" -> BASELINE;
            case "tuned" -> TUNED;
            default -> throw new LauncherException(VARIABLE + " must be tuned or baseline, not " + value);
        };
    }

    public static ServiceJvm fromEnvironment() {
        return from(System.getenv());
    }

    /** The JVM options for the jar in {@code appDir} (target/quarkus-app), run on the current JVM's JDK. */
    public List<String> options(Path appDir) {
        List<String> options = new ArrayList<>(List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"));
        if (this == BASELINE) {
            return List.copyOf(options);
        }
        options.add("-XX:+UseSerialGC");
        classCache(appDir, Runtime.version().feature()).ifPresent(options::add);
        return List.copyOf(options);
    }

    /** Variables added to the service's environment. */
    public Map<String, String> environment() {
        if (this == BASELINE) {
            return Map.of();
        }
        // glibc's malloc keeps an arena per thread that allocates (up to 8 per core), most of it idle
        return Map.of("MALLOC_ARENA_MAX", "2");
    }

    /**
     * The option that maps the build's class cache, when there is one this JDK reads: an AOT cache needs JDK 25 (the
     * JVM ignores, with a warning, one written by another JDK build); an AppCDS archive any JDK.
     */
    static java.util.Optional<String> classCache(Path appDir, int jdkFeature) {
        Path aot = appDir.resolve(AOT_CACHE);
        if (jdkFeature >= 25 && Files.isRegularFile(aot)) {
            return java.util.Optional.of("-XX:AOTCache=" + aot);
        }
        Path cds = appDir.resolve(CDS_ARCHIVE);
        if (Files.isRegularFile(cds)) {
            return java.util.Optional.of("-XX:SharedArchiveFile=" + cds);
        }
        return java.util.Optional.empty();
    }
}
