package rapport.customer.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import rapport.customer.customers.Customer;
import rapport.customer.interactions.Category;

/** One customer issue spanning contacts. Its state is derived from its interactions by {@link CaseHistory}. */
@Entity
@Table(name = "support_case")
public class SupportCase extends PanacheEntityBase {

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

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Column(name = "opening_interaction_id")
    public UUID openingInteractionId;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "first_resolved_at")
    public Instant firstResolvedAt;

    @Column(name = "reopen_count")
    public int reopenCount;

    @Column(name = "resolution_count")
    public int resolutionCount;

    /** case.resolved events published so far: their {@code resolution}, which never goes back. */
    @Column(name = "resolved_events")
    public int resolvedEvents;

    /** case.reopened events published so far: their {@code reopenCount}. */
    @Column(name = "reopened_events")
    public int reopenedEvents;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    static SupportCase open(Customer customer, Instant now) {
        SupportCase c = new SupportCase();
        c.id = UUID.randomUUID();
        c.teamId = customer.teamId;
        c.customerId = customer.id;
        c.customer = customer;
        c.status = CaseStatus.OPEN;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    void apply(CaseState state, Category openerCategory, Instant now) {
        status = state.status();
        if (state.opener() != null) {
            category = openerCategory;
            openingInteractionId = state.opener().interactionId();
            openedAt = state.opener().occurredAt();
        }
        firstResolvedAt = state.firstResolvedAt();
        reopenCount = state.reopens();
        resolutionCount = state.resolutions();
        updatedAt = now;
    }

    /** The team's case, locked until the transaction ends so that its interactions are recomputed one change at a time. */
    static Optional<SupportCase> lockInTeam(String teamId, UUID id) {
        return Optional.ofNullable(SupportCase.<SupportCase>findById(id, LockModeType.PESSIMISTIC_WRITE))
                .filter(c -> c.teamId.equals(teamId));
    }

    static Optional<SupportCase> findInTeam(String teamId, UUID id) {
        return SupportCase.<SupportCase>findByIdOptional(id).filter(c -> c.teamId.equals(teamId));
    }
}
