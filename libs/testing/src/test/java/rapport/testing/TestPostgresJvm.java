package rapport.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

/**
 * A test JVM in miniature for {@link TestPostgresTest}: takes this JVM's database, prints where its server keeps
 * its data and the server's pid, then exits (argument {@code exit}) or waits to be killed ({@code wait}).
 */
public final class TestPostgresJvm {

    private TestPostgresJvm() {
    }

    public static void main(String[] args) throws Exception {
        TestPostgres.jdbcUrl();
        try (Connection db = TestPostgres.connect(); ResultSet rs = db.createStatement()
                .executeQuery("show data_directory")) {
            rs.next();
            Path data = Path.of(rs.getString(1));
            System.out.println("data " + data);
            System.out.println("postmaster " + Files.readAllLines(data.resolve("postmaster.pid")).getFirst());
        }
        System.out.println("ready");
        System.out.flush();
        if (args[0].equals("wait")) {
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
