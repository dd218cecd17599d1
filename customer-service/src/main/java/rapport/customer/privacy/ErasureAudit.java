package rapport.customer.privacy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Who erased a customer's personal data and when; holds nothing of the erased data. */
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
}
