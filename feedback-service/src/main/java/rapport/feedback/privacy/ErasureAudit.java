package rapport.feedback.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One customer.erased event as feedback-service applied it: who asked and when (from the event), when it was
 * applied and how many of each kind of personal data went. Nothing of the erased data; kept after the erasure.
 */
@Entity
@Table(name = "erasure_audit")
public class ErasureAudit extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "customer_id")
    public UUID customerId;

    /** Null for an event that does not name them (published before it could). */
    @Column(name = "erased_by")
    public String erasedBy;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "applied_at")
    public Instant appliedAt;

    /** Category (docs/feedback-service.md, "Erasure") to how many were erased. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Long> erased;
}
