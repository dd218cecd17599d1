package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceJvmTest {

    @TempDir
    Path app;

    @Test
    void theBaselineUnlessTheVariableAsksForTheTunedSettings() {
        assertThat(ServiceJvm.from(Map.of())).isEqualTo(ServiceJvm.BASELINE);
        assertThat(ServiceJvm.from(Map.of(ServiceJvm.VARIABLE, " "))).isEqualTo(ServiceJvm.BASELINE);
        assertThat(ServiceJvm.from(Map.of(ServiceJvm.VARIABLE, "Tuned"))).isEqualTo(ServiceJvm.TUNED);
        assertThatThrownBy(() -> ServiceJvm.from(Map.of(ServiceJvm.VARIABLE, "fast")))
                .isInstanceOf(LauncherException.class).hasMessageContaining("tuned or baseline");
    }

    @Test
    void theBaselineIsTheOldDefaultWhateverTheBuildLeft() throws Exception {
        Files.createFile(app.resolve(ServiceJvm.AOT_CACHE));
        assertThat(ServiceJvm.BASELINE.options(app)).containsExactly("-Xmx256m", "-XX:+ExitOnOutOfMemoryError");
        assertThat(ServiceJvm.BASELINE.environment()).isEmpty();
    }

    @Test
    void theAotCacheOnlyOnAJdkThatReadsIt() throws Exception {
        assertThat(ServiceJvm.classCache(app, 25)).isEmpty();
        Files.createFile(app.resolve(ServiceJvm.AOT_CACHE));
        assertThat(ServiceJvm.classCache(app, 25)).contains("-XX:AOTCache=" + app.resolve("app.aot"));
        assertThat(ServiceJvm.classCache(app, 21)).isEmpty();
        Files.createFile(app.resolve(ServiceJvm.CDS_ARCHIVE));
        assertThat(ServiceJvm.classCache(app, 21)).contains("-XX:SharedArchiveFile=" + app.resolve("app-cds.jsa"));
    }
}
