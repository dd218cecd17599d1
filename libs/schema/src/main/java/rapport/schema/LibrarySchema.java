package rapport.schema;

import java.util.Map;

/**
 * Tables a library owns: its migrations in {@code location} (versions V1, V2, ... of its own) and their
 * history in a Flyway table of their own, {@code library_history_<name>}, beside the service's.
 *
 * @param legacyScripts scripts of this library that older releases put into the service's own history,
 *                      each with the version of this library's history it corresponds to
 */
public record LibrarySchema(String name, String location, Map<String, String> legacyScripts) {

    public LibrarySchema {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("a library schema's name must be a lower-case SQL word: " + name);
        }
        legacyScripts = Map.copyOf(legacyScripts);
    }

    public String historyTable() {
        return "library_history_" + name;
    }
}
