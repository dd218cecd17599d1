package rapport.customer.interactions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import rapport.customer.cases.CaseFact;
import rapport.customer.common.Channel;
import rapport.customer.customers.Customer;

/** One contact with a customer. Never deleted: voiding keeps it on record but out of every KPI. */
@Entity
@Table(name = "interaction")
public class Interaction extends PanacheEntityBase {

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

    @Column(name = "case_id")
    public UUID caseId;

    /** Logging order (InteractionLogged.sequence), breaks ties of occurredAt. */
    public long sequence;

    public String agent;

    @Column(name = "logged_by")
    public String loggedBy;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "logged_at")
    public Instant loggedAt;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public Direction direction;

    @Enumerated(EnumType.STRING)
    public Category category;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    public String summary;

    @Column(name = "duration_minutes")
    public Integer durationMinutes;

    /** Comma-separated {@link Technique} names. */
    public String techniques;

    @Column(name = "opens_case")
    public boolean opensCase;

    @Column(name = "voided_at")
    public Instant voidedAt;

    @Column(name = "voided_by")
    public String voidedBy;

    @Column(name = "void_reason")
    public String voidReason;

    public boolean voided() {
        return voidedAt != null;
    }

    public List<Technique> techniqueList() {
        return techniques.isEmpty() ? List.of()
                : Arrays.stream(techniques.split(",")).map(Technique::valueOf).toList();
    }

    static String join(List<Technique> techniques) {
        return techniques == null ? "" : techniques.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
    }

    public CaseFact fact() {
        return new CaseFact(id, occurredAt, sequence, direction, category, outcome, voided());
    }

    public static List<Interaction> ofCase(UUID caseId) {
        return list("caseId", caseId);
    }
}
