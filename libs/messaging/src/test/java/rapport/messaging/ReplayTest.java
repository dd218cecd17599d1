package rapport.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import rapport.messaging.inbox.EventConsumer;
import rapport.messaging.inbox.ReplayProgress;

@QuarkusTest
class ReplayTest {

    @Inject
    EventConsumer consumer;

    @Inject
    Ledger ledger;

    @Inject
    DataSource dataSource;

    @Test
    void replayingFromTheStartRebuildsTheSameStateAndReportsProgress() throws Exception {
        UUID customer = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            ledger.record(customer, "replayed " + i);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> Db.count(dataSource,
                "select count(*) from applied_event where customer_id = ?", customer) == 5);
        int distinctBefore = Db.count(dataSource,
                "select count(distinct event_id) from applied_event where customer_id = ?", customer);

        ReplayProgress finished = consumer.replayFromStart(() -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from applied_event");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).done().get(60, TimeUnit.SECONDS);

        assertThat(finished.state()).isEqualTo(ReplayProgress.State.FINISHED);
        assertThat(finished.total()).isGreaterThanOrEqualTo(5);
        assertThat(finished.percent()).isEqualTo(100.0);
        assertThat(consumer.replayProgress()).isEqualTo(finished);
        // the same five events applied once each again
        assertThat(Db.count(dataSource, "select count(*) from applied_event where customer_id = ?", customer)).isEqualTo(5);
        assertThat(Db.count(dataSource, "select count(distinct event_id) from applied_event where customer_id = ?",
                customer)).isEqualTo(distinctBefore);
        assertThat(QuarkusTransaction.isActive()).isFalse();
    }
}
