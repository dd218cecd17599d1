package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestToolsTest {

    @TempDir
    Path bin;

    @Test
    void reportsThePackagesOfCommandsMissingFromPath() throws Exception {
        executable("chromium");
        TestTools tools = new TestTools(bin.toString(), new PrintStream(new ByteArrayOutputStream()));
        assertThat(tools.missingPackages()).containsExactly("chromium-driver", "poppler-utils");
    }

    @Test
    void nothingIsMissingWhenEveryCommandIsThere() throws Exception {
        executable("chromium");
        executable("chromedriver");
        executable("pdftoppm");
        TestTools tools = new TestTools("/nonexistent:" + bin, new PrintStream(new ByteArrayOutputStream()));
        assertThat(tools.missingPackages()).isEmpty();
    }

    @Test
    void withoutRootItSaysWhatToInstallInsteadOfInstalling() {
        TestTools tools = new TestTools(bin.toString(), new PrintStream(new ByteArrayOutputStream()));
        assertThatThrownBy(() -> tools.ensureInstalled(false)).isInstanceOf(LauncherException.class)
                .hasMessageContaining("sudo apt-get install -y chromium chromium-driver poppler-utils");
    }

    private void executable(String name) throws Exception {
        Path file = Files.createFile(bin.resolve(name), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(Files.isExecutable(file)).isTrue();
    }
}
