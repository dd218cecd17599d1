package rapport.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code logs NAME [-f]}: prints .rapport/logs/NAME.log, optionally following it. */
final class LogsCommand {

    private final RapportPaths paths;
    private final PrintStream out;

    LogsCommand(RapportPaths paths, PrintStream out) {
        this.paths = paths;
        this.out = out;
    }

    static String component(CommandLine line) {
        if (line.positional().size() != 1 || !Selection.ALL.contains(line.positional().get(0))) {
            throw new UsageException("logs needs one component name, one of: " + String.join(", ",
                    Selection.ALL) + (line.positional().isEmpty() ? "" : " (got " + line.positional() + ")"));
        }
        return line.positional().get(0);
    }

    int run(String component, boolean follow) throws IOException {
        Path log = paths.logFile(component);
        if (!Files.isRegularFile(log)) {
            throw new LauncherException("no log for " + component + " yet (" + paths.show(log)
                    + "): ./rapport up starts it");
        }
        LogTail.print(log, follow, out);
        return 0;
    }
}
