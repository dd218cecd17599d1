package rapport.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PgUrlTest {

    @Test
    void replacesTheDatabaseAndKeepsParameters() {
        PgUrl url = PgUrl.parse("jdbc:postgresql://db:6543/postgres?sslmode=require");
        assertThat(url.withDatabase("rapport_kpi")).isEqualTo("jdbc:postgresql://db:6543/rapport_kpi?sslmode=require");
        assertThat(url.server()).isEqualTo("db:6543");
    }

    @Test
    void defaultsThePort() {
        assertThat(PgUrl.parse("jdbc:postgresql://db").withDatabase("x")).isEqualTo("jdbc:postgresql://db:5432/x");
        assertThat(PgUrl.parse("jdbc:postgresql://db/").port()).isEqualTo(5432);
    }

    @Test
    void theLocalServerIsOnTheLoopbackInterface() {
        assertThat(PgUrl.local(5544).withDatabase("x")).isEqualTo("jdbc:postgresql://127.0.0.1:5544/x");
    }

    @Test
    void rejectsOtherUrls() {
        assertThatThrownBy(() -> PgUrl.parse("jdbc:mysql://db/")).isInstanceOf(LauncherException.class)
                .hasMessageContaining("RAPPORT_PG_URL");
    }
}
