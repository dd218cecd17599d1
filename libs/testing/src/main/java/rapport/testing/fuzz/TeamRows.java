package rapport.testing.fuzz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import rapport.testing.TestPostgres;

/** What a team holds in this JVM's test database: the rows of every table with a {@code team_id}, per table. */
public final class TeamRows {

    private TeamRows() {
    }

    public static Map<String, Integer> of(String team) {
        Map<String, Integer> rows = new TreeMap<>();
        try (Connection connection = TestPostgres.connect()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    select table_name from information_schema.columns
                    where table_schema = 'public' and column_name = 'team_id' order by table_name""");
                    ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    tables.add(result.getString(1));
                }
            }
            for (String table : tables) {
                try (PreparedStatement count = connection.prepareStatement(
                        "select count(*) from \"" + table + "\" where team_id = ?")) {
                    count.setString(1, team);
                    try (ResultSet result = count.executeQuery()) {
                        result.next();
                        rows.put(table, result.getInt(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rows of team " + team, e);
        }
        return rows;
    }
}
