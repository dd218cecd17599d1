package rapport.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Debian packages some tests drive, installed when missing so that {@code ./rapport test} works on a
 * fresh machine: headless Chromium and its driver (feedback-service's browser test) and poppler-utils
 * (kpi-service renders the evidence PDF to a picture). Installs with apt-get when running as root;
 * otherwise says what to install.
 */
final class TestTools {

    /** Command on PATH → the Debian package that provides it, in the order they are reported and installed. */
    static final Map<String, String> PACKAGES = packages();

    private static Map<String, String> packages() {
        Map<String, String> packages = new LinkedHashMap<>();
        packages.put("chromium", "chromium");
        packages.put("chromedriver", "chromium-driver");
        packages.put("pdftoppm", "poppler-utils");
        return Collections.unmodifiableMap(packages);
    }

    private final String path;
    private final PrintStream out;

    TestTools(String path, PrintStream out) {
        this.path = path == null ? "" : path;
        this.out = out;
    }

    /** Packages whose command is not on PATH, in a stable order. */
    List<String> missingPackages() {
        List<String> missing = new ArrayList<>();
        PACKAGES.forEach((command, pkg) -> {
            if (!onPath(command) && !missing.contains(pkg)) {
                missing.add(pkg);
            }
        });
        return missing;
    }

    void ensureInstalled(boolean root) throws IOException, InterruptedException {
        List<String> missing = missingPackages();
        if (missing.isEmpty()) {
            return;
        }
        String install = "apt-get install -y " + String.join(" ", missing);
        if (!root || !onPath("apt-get")) {
            throw new LauncherException("tests need " + String.join(", ", missing) + "; install them with `sudo "
                    + install + "` (Debian) and run ./rapport test again");
        }
        out.println("Installing what the tests need: " + String.join(" ", missing) + " (apt-get) ...");
        run(List.of("apt-get", "update", "-qq"));
        List<String> command = new ArrayList<>(List.of("apt-get", "install", "-y", "-qq", "-o", "Dpkg::Use-Pty=0"));
        command.addAll(missing);
        run(command);
        if (!missingPackages().isEmpty()) {
            throw new LauncherException("`" + install + "` did not provide " + missingPackages());
        }
    }

    private boolean onPath(String command) {
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Process process = builder.start();
        process.getInputStream().transferTo(out);
        if (process.waitFor() != 0) {
            throw new LauncherException("`" + String.join(" ", command) + "` failed (exit " + process.exitValue() + ")");
        }
    }
}
