package rapport.launcher;

import java.util.Map;
import rapport.embeddedpg.PostgresBinaries;

/**
 * What {@code ./rapport test} says about the PostgreSQL server of the tests. The choice itself is made in each test
 * JVM by libs/testing's TestPostgres, with these rules: RAPPORT_TEST_PG_URL if set, else the local server on
 * 127.0.0.1:5432 if one answers, else an embedded PostgreSQL of that JVM's own (always so with
 * RAPPORT_TEST_PG=embedded).
 */
final class TestDatabase {

    private TestDatabase() {
    }

    static String describe(Map<String, String> env) {
        String url = env.getOrDefault("RAPPORT_TEST_PG_URL", "");
        if (!url.isBlank()) {
            return "Tests use PostgreSQL at " + url.strip() + " (RAPPORT_TEST_PG_URL), a fresh database per test JVM.";
        }
        String embedded = "each test JVM starts an embedded PostgreSQL " + PostgresBinaries.VERSION + " of its own";
        if ("embedded".equals(env.get("RAPPORT_TEST_PG"))) {
            return "Tests: " + embedded + " (RAPPORT_TEST_PG=embedded).";
        }
        return Probes.tcpOpen("127.0.0.1", 5432)
                ? "Tests use the PostgreSQL server on 127.0.0.1:5432, a fresh database per test JVM."
                : "Tests: no PostgreSQL answers on 127.0.0.1:5432, so " + embedded + ".";
    }
}
