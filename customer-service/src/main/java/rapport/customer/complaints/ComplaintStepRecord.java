package rapport.customer.complaints;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One complaint-handling step taken on a complaint case; each step is recorded at most once per case. */
@Entity
@Table(name = "complaint_step")
public class ComplaintStepRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Enumerated(EnumType.STRING)
    public ComplaintStep step;

    public String agent;

    /** When the step was taken. */
    @Column(name = "taken_at")
    public Instant takenAt;

    /** When it was recorded here. */
    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static List<ComplaintStepRecord> ofCase(UUID caseId) {
        return list("caseId = ?1 order by takenAt, step", caseId);
    }

    public static List<ComplaintStepRecord> ofCustomer(UUID customerId) {
        return list("customerId = ?1 order by takenAt, step", customerId);
    }
}
