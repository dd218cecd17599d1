package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresClusterTest {

    @TempDir
    Path dir;

    @Test
    void picksTheNewestVersionWithAMainCluster() throws Exception {
        Files.createDirectories(dir.resolve("13/main"));
        Files.createDirectories(dir.resolve("15/main"));
        Files.createDirectories(dir.resolve("16/other"));
        Files.createDirectories(dir.resolve("notes"));
        assertThat(PostgresCluster.version(dir)).contains("15");
    }

    @Test
    void nothingInstalled() {
        assertThat(PostgresCluster.version(dir.resolve("missing"))).isEmpty();
        assertThat(PostgresCluster.version(dir)).isEmpty();
    }

    @Test
    void startCommandBypassesSystemd() {
        assertThat(PostgresCluster.startCommand(Path.of("/usr/bin/pg_ctlcluster"), "15"))
                .containsExactly("/usr/bin/pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "start");
    }
}
