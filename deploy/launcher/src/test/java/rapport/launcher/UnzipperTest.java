package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnzipperTest {

    @TempDir
    Path dir;

    private Path zip(String... namesAndContents) throws IOException {
        Path zip = dir.resolve("test.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                out.putNextEntry(new ZipEntry(namesAndContents[i]));
                out.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void extractsAndMakesScriptsExecutable() throws IOException {
        Unzipper.extract(zip("kc/bin/kc.sh", "#!/bin/sh", "kc/conf/keycloak.conf", "x=1"), dir.resolve("out"));
        assertThat(dir.resolve("out/kc/conf/keycloak.conf")).hasContent("x=1");
        assertThat(Files.isExecutable(dir.resolve("out/kc/bin/kc.sh"))).isTrue();
        assertThat(Files.isExecutable(dir.resolve("out/kc/conf/keycloak.conf"))).isFalse();
    }

    @Test
    void refusesEntriesOutsideTheTarget() throws IOException {
        Path zip = zip("../evil.txt", "x");
        assertThatThrownBy(() -> Unzipper.extract(zip, dir.resolve("out"))).isInstanceOf(IOException.class)
                .hasMessageContaining("outside");
        assertThat(dir.resolve("evil.txt")).doesNotExist();
    }
}
