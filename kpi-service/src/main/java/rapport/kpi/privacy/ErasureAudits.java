package rapport.kpi.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rapport.events.customer.CustomerErased;
import rapport.kpi.common.Sql;

/**
 * The erasure audit (docs/kpi-service.md, "Personal data"): one row per customer.erased event, written in the
 * transaction that applies it. Not part of the read model: a rebuild keeps it, and the event replayed by a rebuild
 * leaves the first row as it was.
 */
@ApplicationScoped
public class ErasureAudits {

    private static final TypeReference<LinkedHashMap<String, Long>> COUNTS = new TypeReference<>() {
    };

    @Inject
    Sql sql;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Called before the erasure in the same transaction: it counts what is about to go. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID eventId, CustomerErased event) {
        UUID customerId = event.customerId();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("comments", count("select count(*) from rm_response where customer_id = ? and comment is not null",
                customerId));
        counts.put("names", count("select count(*) from rm_customer_name where customer_id = ?",
                customerId));
        sql.update("""
                insert into erasure_audit (event_id, team_id, customer_id, erased_by, erased_at, applied_at, erased)
                values (?, ?, ?, ?, ?, ?, ?::jsonb) on conflict (event_id) do nothing""",
                eventId, event.teamId(), customerId, event.erasedBy(), event.erasedAt(), clock.instant(),
                write(counts));
    }

    /** The erasures of a customer, first first. */
    public List<ErasureRecord> of(String teamId, UUID customerId) {
        return sql.query("""
                select event_id, customer_id, erased_by, erased_at, applied_at, erased::text as erased
                from erasure_audit where team_id = ? and customer_id = ? order by applied_at, event_id""",
                row -> new ErasureRecord(row.getObject("customer_id", UUID.class), row.getString("erased_by"),
                        Sql.instant(row, "erased_at"), row.getObject("event_id", UUID.class),
                        Sql.instant(row, "applied_at"), read(row.getString("erased"))),
                teamId, customerId);
    }

    private long count(String query, Object... parameters) {
        return sql.query(query, row -> row.getLong(1), parameters).getFirst();
    }

    private String write(Map<String, Long> counts) {
        try {
            return json.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> read(String counts) {
        try {
            return json.readValue(counts, COUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
