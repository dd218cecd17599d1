package rapport.kpi.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Plain JDBC on the service's data source, inside the caller's transaction (the connection is
 * enlisted by the pool). The read model is written with upserts and read with aggregate queries,
 * which is what SQL is good at; Panache stays for kpi-service's own entities.
 */
@ApplicationScoped
public class Sql {

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @Inject
    DataSource dataSource;

    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, Arrays.asList(parameters))) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Runs one statement for each row of parameters, as a JDBC batch; returns each row's update count. */
    public int[] batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, Arrays.asList(row));
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public <T> List<T> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        return query(sql, Arrays.asList(parameters), mapper);
    }

    /**
     * A parameter holding many values, for a set-based statement ({@code unnest(?::uuid[], ?::timestamptz[], ...)}:
     * one statement for many rows) or a set to match ({@code where id = any(?::uuid[])}). Ids are bound as a
     * {@code uuid[]}, so the statement's {@code ::uuid[]} changes nothing; everything else as a {@code text[]} that
     * the statement casts. Ids bound as text made a plan that filters rows with {@code = any(...)} cast the whole
     * array again for every row: one read of a poll's cases took seconds (docs/benchmarks/customer-service.md,
     * "The whole stack"). Times are rounded to microseconds the way the driver
     * rounds a single time parameter, so either way a time is stored alike.
     */
    public static Object array(Collection<?> values) {
        if (values.stream().anyMatch(UUID.class::isInstance)
                && values.stream().allMatch(v -> v == null || v instanceof UUID)) {
            return new SqlArray("uuid", values.toArray());
        }
        return new SqlArray("text", values.stream().map(Sql::text).toArray());
    }

    private record SqlArray(String type, Object[] values) {
    }

    private static String text(Object value) {
        if (value instanceof Instant instant) {
            return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
        }
        return value == null ? null : value.toString();
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(statement, parameters);
        return statement;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof SqlArray array) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf(array.type(), array.values()));
                continue;
            }
            statement.setObject(i + 1, value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
        }
    }
}
