package rapport.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import rapport.testing.TestPostgres;

class LibrarySchemasTest {

    private static final LibrarySchema WIDGET = new LibrarySchema("widget", "db/widget",
            Map.of("V0_1__widget.sql", "1"));

    @Test
    void aFreshDatabaseKeepsLibraryMigrationsOutOfTheServiceHistory() throws SQLException {
        String url = TestPostgres.createDatabase("fresh");

        service(url).migrate();

        assertThat(scripts(url, "flyway_schema_history")).containsExactly("V1__gadget.sql");
        assertThat(versions(url, "library_history_widget")).containsExactly("BASELINE 0", "SQL 1", "SQL 2");
        assertThat(count(url, "select count(*) from widget where colour is null")).isZero();
    }

    @Test
    void aDatabaseWithLibraryScriptsInTheServiceHistoryIsAdoptedAndTakesANewLibraryMigration() throws SQLException {
        String url = TestPostgres.createDatabase("legacy");
        // the layout of older releases: the library's script listed with the service's own
        Flyway.configure().dataSource(url, TestPostgres.user(), TestPostgres.password())
                .locations("classpath:db/legacy", "classpath:db/service").load().migrate();
        execute(url, "insert into widget (id) values (7)");

        service(url).migrate();
        service(url).validate();

        assertThat(scripts(url, "flyway_schema_history")).containsExactly("V1__gadget.sql");
        assertThat(versions(url, "library_history_widget")).containsExactly("BASELINE 1", "SQL 2");
        assertThat(count(url, "select count(*) from widget where id = 7 and colour is null")).isOne();
    }

    private static Flyway service(String url) {
        return Flyway.configure().dataSource(url, TestPostgres.user(), TestPostgres.password())
                .locations("classpath:db/service").callbacks(new LibrarySchemaCallback(List.of(WIDGET))).load();
    }

    private static List<String> scripts(String url, String history) throws SQLException {
        return column(url, "select script from " + history + " where version is not null order by installed_rank");
    }

    private static List<String> versions(String url, String history) throws SQLException {
        return column(url, "select type || ' ' || version from " + history + " order by installed_rank");
    }

    private static List<String> column(String url, String sql) throws SQLException {
        List<String> scripts = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
                Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                scripts.add(rows.getString(1));
            }
        }
        return scripts;
    }

    private static int count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
                Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, TestPostgres.user(), TestPostgres.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
