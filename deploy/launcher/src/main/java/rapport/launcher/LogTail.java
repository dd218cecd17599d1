package rapport.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading log files: the last lines of one, or all of it and then whatever is appended (tail -f). */
final class LogTail {

    private LogTail() {
    }

    static List<String> lastLines(Path file, int count) {
        if (!Files.isRegularFile(file)) {
            return List.of("(no log file yet)");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long length = raf.length();
            long from = Math.max(0, length - 64 * 1024);
            byte[] bytes = new byte[(int) (length - from)];
            raf.seek(from);
            raf.readFully(bytes);
            List<String> lines = new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
            return List.copyOf(lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
    }

    /** Copies the file to {@code out}; with {@code follow}, keeps copying what is appended until interrupted. */
    static void print(Path file, boolean follow, PrintStream out) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            byte[] buffer = new byte[8192];
            while (true) {
                int n = raf.read(buffer);
                if (n > 0) {
                    out.write(buffer, 0, n);
                    continue;
                }
                out.flush();
                if (!follow) {
                    return;
                }
                if (raf.length() < raf.getFilePointer()) {
                    raf.seek(0); // truncated or replaced
                }
                Sleep.millis(300);
            }
        }
    }
}
