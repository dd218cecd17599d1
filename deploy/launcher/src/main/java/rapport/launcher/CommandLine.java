package rapport.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line: the command, its positional arguments and its options. Options are {@code --name value},
 * {@code --name=value} or, for flags, just {@code --name}; an option may repeat. Which options a command accepts is
 * fixed here, so typos are usage errors rather than silently ignored.
 */
record CommandLine(String command, List<String> positional, Map<String, List<String>> options) {

    /** Options taking a value, per command. */
    private static final Map<String, Set<String>> VALUE_OPTIONS = Map.of(
            "up", Set.of("only"),
            "down", Set.of("only"),
            "status", Set.of(),
            "logs", Set.of(),
            "token", Set.of("user", "team", "role"),
            "demo", Set.of("team", "seed", "customer-service", "feedback-service", "kpi-service"),
            "dead-letters", Set.of("group"),
            "prepare-tests", Set.of(),
            "help", Set.of());

    /** Options without a value, per command; short aliases map to the long name. */
    private static final Map<String, Set<String>> FLAGS = Map.of("logs", Set.of("follow"));
    private static final Map<String, String> SHORT = Map.of("-f", "--follow");

    static Set<String> commands() {
        return VALUE_OPTIONS.keySet();
    }

    static CommandLine parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        String command = args[0];
        if (Set.of("-h", "--help").contains(command)) {
            command = "help";
        }
        if (!VALUE_OPTIONS.containsKey(command)) {
            throw new UsageException("unknown command: " + command);
        }
        Set<String> valueOptions = VALUE_OPTIONS.get(command);
        Set<String> flags = FLAGS.getOrDefault(command, Set.of());
        List<String> positional = new ArrayList<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = SHORT.getOrDefault(args[i], args[i]);
            if (!arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name) && value == null) {
                value = "true";
            } else if (!valueOptions.contains(name)) {
                throw new UsageException("unknown option for " + command + ": --" + name);
            } else if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("option --" + name + " needs a value");
                }
                value = args[++i];
            }
            options.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return new CommandLine(command, List.copyOf(positional), Map.copyOf(options));
    }

    /** All values of a repeatable option, each also split at commas, blanks dropped. */
    List<String> values(String option) {
        List<String> result = new ArrayList<>();
        for (String value : options.getOrDefault(option, List.of())) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        }
        return result;
    }

    /** The single value of an option, or a usage error if it is missing or given twice. */
    String required(String option) {
        List<String> values = options.getOrDefault(option, List.of());
        if (values.size() != 1 || values.get(0).isBlank()) {
            throw new UsageException(command + " needs exactly one --" + option);
        }
        return values.get(0).strip();
    }

    /** The value of an option given at most once. */
    Optional<String> optional(String option) {
        List<String> values = options.getOrDefault(option, List.of());
        if (values.size() > 1) {
            throw new UsageException(command + " takes --" + option + " at most once");
        }
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).findFirst();
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    void expectPositional(int min, int max) {
        if (positional.size() < min || positional.size() > max) {
            throw new UsageException(command + ": unexpected arguments " + positional);
        }
    }
}
