package rapport.kpi.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How {@link Sql#array} binds a collection: ids as {@code uuid[]}, so that no statement has to cast them per row. */
@QuarkusTest
class SqlTest {

    @Inject
    Sql sql;

    @Test
    void idsAreBoundAsAUuidArrayAndMatchWithoutACast() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Object ids = Sql.array(Arrays.asList(first, null, second));
        assertThat(sql.query("select pg_typeof(?)::text", row -> row.getString(1), ids)).containsExactly("uuid[]");
        assertThat(sql.query("select id from unnest(array[?::uuid, ?::uuid]) as t (id) where id = any(?)",
                row -> row.getObject(1, UUID.class), UUID.randomUUID(), second, ids)).containsExactly(second);
    }

    @Test
    void otherValuesAreBoundAsTextForTheStatementToCast() {
        Instant at = Instant.parse("2026-12-06T10:15:30.123456789Z");
        Object times = Sql.array(List.of(at));
        assertThat(sql.query("select pg_typeof(?)::text", row -> row.getString(1), times)).containsExactly("text[]");
        assertThat(sql.query("select t from unnest(?::timestamptz[]) as u (t)", row -> Sql.instant(row, "t"), times))
                .containsExactly(Instant.parse("2026-12-06T10:15:30.123457Z"));
        assertThat(sql.query("select pg_typeof(?)::text", row -> row.getString(1), Sql.array(List.of())))
                .containsExactly("text[]");
    }
}
