package rapport.customer.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Who erased a customer's personal data and when, the {@code customer.erased} event that told the other
 * services, and how many of each kind of thing were erased; holds nothing of the erased data.
 */
@Entity
@Table(name = "erasure_audit")
public class ErasureAudit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "erased_by")
    public String erasedBy;

    @Column(name = "erased_at")
    public Instant erasedAt;

    /** Null for erasures recorded before the event was (docs/customer-service.md, "Personal data"). */
    @Column(name = "event_id")
    public UUID eventId;

    /** Category (docs/customer-service.md, "Personal data") to how many were erased; null for older rows. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Long> erased;

    static ErasureAudit record(String teamId, UUID customerId, String erasedBy, Instant erasedAt, UUID eventId,
            Map<String, Long> erased) {
        ErasureAudit audit = new ErasureAudit();
        audit.id = UUID.randomUUID();
        audit.teamId = teamId;
        audit.customerId = customerId;
        audit.erasedBy = erasedBy;
        audit.erasedAt = erasedAt;
        audit.eventId = eventId;
        audit.erased = erased;
        audit.persist();
        return audit;
    }

    static Optional<ErasureAudit> ofCustomer(String teamId, UUID customerId) {
        return find("teamId = ?1 and customerId = ?2 order by erasedAt", teamId, customerId).firstResultOptional();
    }
}
