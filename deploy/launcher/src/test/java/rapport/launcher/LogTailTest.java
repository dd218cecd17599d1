package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void lastLines() throws Exception {
        Path log = Files.writeString(dir.resolve("a.log"),
                IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n")));
        assertThat(LogTail.lastLines(log, 3)).containsExactly("line 98", "line 99", "line 100");
        assertThat(LogTail.lastLines(dir.resolve("none.log"), 3)).containsExactly("(no log file yet)");
    }

    @Test
    void printsTheWholeFile() throws Exception {
        Path log = Files.writeString(dir.resolve("b.log"), "one\ntwo\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LogTail.print(log, false, new PrintStream(out, true));
        assertThat(out.toString()).isEqualTo("one\ntwo\n");
    }
}
