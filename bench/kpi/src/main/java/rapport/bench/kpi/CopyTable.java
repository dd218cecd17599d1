package rapport.bench.kpi;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Streams CSV rows into one table with COPY FROM STDIN on its own connection (null = empty unquoted field). */
final class CopyTable implements AutoCloseable {

    private final Connection connection;
    private final PGCopyOutputStream copy;
    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    CopyTable(String jdbcUrl, String user, String password, String table, String columns) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl, user, password);
        copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy " + table + " (" + columns + ") from stdin with (format csv)", 1 << 20);
        out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 20);
    }

    void row(Object... values) throws IOException {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            if (values[i] != null) {
                line.append(values[i]);
            }
        }
        out.write(line.append('\n').toString());
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException, SQLException {
        out.flush();
        copy.endCopy();
        connection.close();
    }
}
