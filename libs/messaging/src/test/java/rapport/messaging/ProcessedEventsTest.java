package rapport.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import rapport.events.CloudEvent;
import rapport.events.EventType;
import rapport.messaging.inbox.ProcessedEvents;

@QuarkusTest
class ProcessedEventsTest {

    @Inject
    ProcessedEvents processed;

    @Inject
    DataSource dataSource;

    @Test
    void aPollsIdsAreRecordedTogetherAndOnlyTheNewOnesComeBack() throws Exception {
        CloudEvent seen = event();
        CloudEvent deadLettered = event();
        CloudEvent fresh = event();
        QuarkusTransaction.requiringNew().run(() -> processed.markApplied(List.of(seen)));
        QuarkusTransaction.requiringNew().run(() -> processed.markDeadLettered(deadLettered));

        var recorded = QuarkusTransaction.requiringNew()
                .call(() -> processed.markApplied(List.of(seen, deadLettered, fresh)));

        assertThat(recorded).containsExactlyInAnyOrder(deadLettered.id(), fresh.id());
        for (CloudEvent event : List.of(seen, deadLettered, fresh)) {
            assertThat(Db.count(dataSource,
                    "select count(*) from processed_event where event_id = ? and outcome = 'APPLIED'", event.id()))
                    .isEqualTo(1);
        }
    }

    @Test
    void idsRecordedInATransactionThatRollsBackAreNotRecorded() throws Exception {
        CloudEvent event = event();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            processed.markApplied(List.of(event));
            throw new IllegalStateException("the handler failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Db.count(dataSource, "select count(*) from processed_event where event_id = ?", event.id())).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> processed.markApplied(List.of(event))))
                .containsExactly(event.id());
    }

    private static CloudEvent event() {
        return CloudEvent.of(EventType.CUSTOMER_REGISTERED, "/rapport/test", UUID.randomUUID().toString(), "team-a",
                Instant.now(), JsonNodeFactory.instance.objectNode());
    }
}
