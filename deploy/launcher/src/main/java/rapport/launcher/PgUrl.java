package rapport.launcher;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL JDBC URL split into server part, database and parameters, so the launcher can point the same server
 * at each service's database: {@code jdbc:postgresql://127.0.0.1:5432/} becomes
 * {@code jdbc:postgresql://127.0.0.1:5432/rapport_kpi}.
 */
record PgUrl(String host, int port, String database, String query) {

    static final int DEFAULT_PORT = 5432;
    private static final Pattern FORMAT =
            Pattern.compile("jdbc:postgresql://([^/:?]+|\\[[^]]+])(?::(\\d+))?(?:/([^?]*))?(?:\\?(.*))?");

    static PgUrl parse(String url) {
        Matcher m = FORMAT.matcher(url.strip());
        if (!m.matches()) {
            throw new LauncherException("RAPPORT_PG_URL is not a jdbc:postgresql://HOST[:PORT]/ URL: " + url);
        }
        int port = m.group(2) == null ? DEFAULT_PORT : Integer.parseInt(m.group(2));
        return new PgUrl(m.group(1), port, m.group(3) == null ? "" : m.group(3), m.group(4) == null ? "" : m.group(4));
    }

    /** The local server on the loopback interface: the one used, or started embedded, when none is configured. */
    static PgUrl local(int port) {
        return new PgUrl("127.0.0.1", port, "", "");
    }

    /** The same server and parameters, another database. */
    String withDatabase(String name) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name + (query.isEmpty() ? "" : "?" + query);
    }

    String server() {
        return host + ":" + port;
    }
}
