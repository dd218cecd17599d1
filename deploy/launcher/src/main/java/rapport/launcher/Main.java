package rapport.launcher;

import java.io.PrintStream;
import rapport.demo.DemoSettings;

/**
 * Entry point of {@code java -jar deploy/launcher/target/rapport-launcher.jar COMMAND}, normally run through the
 * {@code ./rapport} shim. Exit codes: 0 done, 1 failure or missing prerequisite (the message says what to do),
 * 2 bad usage.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (UsageException e) {
            return usage(e, err);
        }
        try {
            return dispatch(line, out);
        } catch (UsageException e) {
            return usage(e, err);
        } catch (LauncherException e) {
            out.flush();
            err.println();
            err.println("rapport " + line.command() + ": " + e.getMessage());
            return 1;
        } catch (java.io.IOException | java.sql.SQLException | java.io.UncheckedIOException e) {
            out.flush();
            err.println();
            err.println("rapport " + line.command() + ": "
                    + LauncherException.of(e.getClass().getSimpleName(), e, line.command()).getMessage());
            return 1;
        } catch (Exception e) {
            out.flush();
            err.println("rapport " + line.command() + " failed: " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    private static int dispatch(CommandLine line, PrintStream out) throws Exception {
        switch (line.command()) {
            case "help" -> {
                out.print(Usage.text());
                return 0;
            }
            case "token" -> {
                TokenCommand.Request request = TokenCommand.parse(line);
                return new TokenCommand(LauncherConfig.fromEnvironment(), out).run(request);
            }
            case "demo" -> {
                DemoSettings settings = DemoCommand.parse(line);
                return new DemoCommand(LauncherConfig.fromEnvironment(), out).run(settings);
            }
            case "dead-letters" -> {
                DeadLettersCommand.Request request = DeadLettersCommand.parse(line);
                return new DeadLettersCommand(LauncherConfig.fromEnvironment().kafkaBootstrap(), out).run(request);
            }
            case "logs" -> {
                String component = LogsCommand.component(line);
                return new LogsCommand(RapportPaths.locate(), out).run(component, line.flag("follow"));
            }
            default -> {
                line.expectPositional(0, 0);
                Selection selection = Selection.of(line.values("only"));
                LauncherConfig config = LauncherConfig.fromEnvironment();
                return switch (line.command()) {
                    case "up" -> new UpCommand(config, out).run(selection);
                    case "down" -> new DownCommand(config, out).run(selection);
                    case "status" -> new StatusCommand(config, out).run();
                    case "prepare-tests" -> {
                        out.println(TestDatabase.describe(System.getenv()));
                        new TestTools(System.getenv("PATH"), out).ensureInstalled(isRoot());
                        yield 0;
                    }
                    default -> throw new UsageException("unknown command: " + line.command());
                };
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int usage(UsageException e, PrintStream err) {
        err.println("rapport: " + e.getMessage());
        err.println();
        err.print(Usage.text());
        return 2;
    }
}
