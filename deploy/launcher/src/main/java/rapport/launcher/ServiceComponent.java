package rapport.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A packaged service as a {@link Component}. */
final class ServiceComponent implements Component {

    private final Services.Spec spec;
    private final RapportPaths paths;
    private final ServiceProcess process;

    ServiceComponent(Services.Spec spec, LauncherConfig config) {
        this.spec = spec;
        this.paths = config.paths();
        this.process = new ServiceProcess(spec.name(), paths.serviceJar(spec.name()), spec.port(),
                Services.env(spec, config), paths.logFile(spec.name())).detached(true);
    }

    @Override
    public String name() {
        return spec.name();
    }

    @Override
    public int port() {
        return spec.port();
    }

    @Override
    public String probe() {
        return process.readinessUri().toString();
    }

    @Override
    public boolean isReady() {
        return process.isHealthy();
    }

    @Override
    public Duration readyTimeout() {
        return Duration.ofSeconds(120);
    }

    @Override
    public void prepare() {
        if (!Files.isRegularFile(process.jar())) {
            throw new LauncherException(spec.name() + " is not built: " + paths.show(process.jar()) + " is missing. "
                    + "Run ./rapport up (it builds what is out of date) or ./mvnw -B package -DskipTests");
        }
    }

    @Override
    public Process start(Path logFile) throws IOException {
        return process.start();
    }

    @Override
    public List<String> command() {
        return process.command();
    }

    @Override
    public String identity() {
        return process.jar().toString();
    }
}
