package rapport.kpi.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import rapport.events.CloudEvent;
import rapport.kpi.readmodel.KpiEventHandler;
import rapport.kpi.support.Publisher;
import rapport.testing.TestPostgres;

/**
 * A poll's events applied in one transaction (contacts written and cases derived together before the commit)
 * store exactly what the same events applied one per transaction store: every contact, void, first-active flag,
 * case and complaint-step count, with the events shuffled so that voids come before their contacts, backdated
 * contacts after later ones, and complaint steps between the contacts of their case.
 */
@QuarkusTest
class BatchedDerivationTest {

    private static final String TEAM = "batch-" + UUID.randomUUID().toString().substring(0, 8);

    @Inject
    KpiEventHandler handler;

    @Inject
    ObjectMapper mapper;

    @Test
    void aBatchStoresWhatOneEventAtATimeStores() throws Exception {
        RandomMonth month = new RandomMonth(20261203L, LocalDate.now().minusMonths(2).withDayOfMonth(1),
                ZoneId.of("Europe/London"), 120);
        List<CloudEvent> events = new ArrayList<>();
        for (Publisher.Sent sent : MonthEvents.of(month.history, TEAM)) {
            events.add(mapper.readValue(sent.json(), CloudEvent.class));
        }
        Collections.shuffle(events, new Random(7));

        for (int from = 0; from < events.size(); from += 500) {
            List<CloudEvent> batch = events.subList(from, Math.min(events.size(), from + 500));
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(handler::handle));
        }
        List<String> batched = readModel();
        assertThat(batched).as("the month's contacts and cases were stored").hasSizeGreaterThan(500);

        deleteTeam();
        for (CloudEvent event : events) {
            QuarkusTransaction.requiringNew().run(() -> handler.handle(event));
        }
        assertThat(readModel()).containsExactlyElementsOf(batched);
    }

    /** The team's rows of every table the contacts, voids and steps write, in a stable order, as text. */
    private static List<String> readModel() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection db = TestPostgres.connect()) {
            for (String table : List.of("rm_interaction", "rm_voided_interaction", "rm_case", "rm_complaint_step")) {
                try (ResultSet result = db.createStatement().executeQuery("select t::text from " + table
                        + " t where team_id = '" + TEAM + "' order by t::text")) {
                    while (result.next()) {
                        rows.add(table + " " + result.getString(1));
                    }
                }
            }
        }
        return rows;
    }

    private static void deleteTeam() throws Exception {
        try (Connection db = TestPostgres.connect()) {
            for (String table : List.of("rm_interaction", "rm_voided_interaction", "rm_case", "rm_complaint_step",
                    "rm_invitation", "rm_response", "rm_promise")) {
                db.createStatement().executeUpdate("delete from " + table + " where team_id = '" + TEAM + "'");
            }
        }
    }
}
