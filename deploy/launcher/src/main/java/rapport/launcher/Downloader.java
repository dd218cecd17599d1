package rapport.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Downloads a Maven Central artifact with progress, to a temporary name, checks it against the SHA-1 Central
 * publishes beside it, then renames it into place. A file already in place counts as verified. A failed download
 * (unreachable, refused, not enough disk space, damaged) leaves no file behind and says what to do.
 */
final class Downloader {

    private static final String WHAT_TO_DO = "Check that this machine reaches that server (network, proxy), or set "
            + "RAPPORT_MAVEN_REPO to a Maven repository it does reach, then run ./rapport up again.";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final PrintStream progress;

    Downloader(PrintStream progress) {
        this.progress = progress;
    }

    Path fetch(URI uri, Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            return target;
        }
        Path dir = Files.createDirectories(target.toAbsolutePath().getParent());
        String expected = expectedSha1(URI.create(uri + ".sha1"));
        Path part = target.resolveSibling(target.getFileName() + ".part");
        HttpResponse<InputStream> response = send(uri, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            response.body().close();
            throw refused(uri, response.statusCode());
        }
        long total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        long free = Files.getFileStore(dir).getUsableSpace();
        if (total > free) {
            response.body().close();
            throw new LauncherException("not enough disk space to download " + uri + ": it needs " + mib(total)
                    + ", " + dir + " has " + mib(free) + " free. Free some space (df -h) and run ./rapport up again.");
        }
        MessageDigest sha1 = sha1();
        try {
            try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(part)) {
                copy(in, out, sha1, total, uri);
            }
            String actual = HexFormat.of().formatHex(sha1.digest());
            if (!actual.equalsIgnoreCase(expected)) {
                throw new LauncherException("the download of " + uri + " is damaged (SHA-1 mismatch: expected "
                        + expected + ", got " + actual + "). Run ./rapport up again; if it recurs, the repository "
                        + "or a proxy serves a wrong file (see RAPPORT_MAVEN_REPO).");
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
        return target;
    }

    private static LauncherException refused(URI uri, int status) {
        return new LauncherException("cannot download " + uri + ": the server answered HTTP " + status
                + (status == 404 ? " (not found)" : status == 401 || status == 403 ? " (refused)" : "") + ". "
                + WHAT_TO_DO);
    }


    private void copy(InputStream in, OutputStream out, MessageDigest sha1, long total, URI uri) throws IOException {
        progress.println("Downloading " + uri + (total > 0 ? " (" + mib(total) + ")" : ""));
        byte[] buffer = new byte[1 << 16];
        long done = 0;
        int lastStep = -1;
        long start = System.nanoTime();
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            sha1.update(buffer, 0, n);
            done += n;
            int step = total > 0 ? (int) (done * 20 / total) : (int) (done / (16L << 20));
            if (step != lastStep) {
                lastStep = step;
                progress.print("\r  " + (total > 0 ? (step * 5) + "% " : "") + mib(done) + " in "
                        + Waiter.seconds(start) + "   ");
                progress.flush();
            }
        }
        progress.println();
    }

    private String expectedSha1(URI uri) throws IOException {
        HttpResponse<String> response = send(uri, HttpResponse.BodyHandlers.ofString(StandardCharsets.US_ASCII));
        if (response.statusCode() != 200) {
            throw refused(uri, response.statusCode());
        }
        String sha1 = response.body().strip().split("\\s+")[0];
        if (!sha1.matches("[0-9a-fA-F]{40}")) {
            throw new IOException("not a SHA-1 at " + uri + ": " + response.body());
        }
        return sha1;
    }

    private <T> HttpResponse<T> send(URI uri, HttpResponse.BodyHandler<T> handler) throws IOException {
        try {
            return http.send(HttpRequest.newBuilder(uri).GET().build(), handler);
        } catch (IOException e) {
            String why = e instanceof java.net.ConnectException ? "no connection (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new LauncherException("cannot download " + uri + ": " + why + ". " + WHAT_TO_DO, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}
