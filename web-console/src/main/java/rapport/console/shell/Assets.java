package rapport.console.shell;

import io.quarkus.qute.TemplateGlobal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Static assets the layout links to; htmx comes from its webjar, at the version the pom names. */
@TemplateGlobal
public final class Assets {

    /** {@code /webjars/htmx.org/VERSION/dist/htmx.min.js}. */
    public static final String htmx = "/webjars/htmx.org/" + buildProperty("htmx.version") + "/dist/htmx.min.js";

    private Assets() {
    }

    private static String buildProperty(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/rapport/console/build.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
