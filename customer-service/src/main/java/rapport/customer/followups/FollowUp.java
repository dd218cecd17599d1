package rapport.customer.followups;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import rapport.customer.customers.Customer;

/** A promise to get back to a customer by a time; "failing to follow up on promises" is a named mistake. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "customer_id")
    public UUID customerId;

    /** Read only: the lists read it in the same query, for the customer's name (docs/customer-service.md). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id", insertable = false, updatable = false)
    public Customer customer;

    @Column(name = "interaction_id")
    public UUID interactionId;

    @Column(name = "case_id")
    public UUID caseId;

    /** Who made the promise and must keep it. */
    public String agent;

    /** What was promised (personal data: erased on request). */
    public String promise;

    /** To whom, when not the customer themself (personal data). */
    @Column(name = "promised_to")
    public String promisedTo;

    @Column(name = "promised_at")
    public Instant promisedAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "completed_by")
    public String completedBy;

    @Version
    public long version;

    public boolean completed() {
        return completedAt != null;
    }
}
