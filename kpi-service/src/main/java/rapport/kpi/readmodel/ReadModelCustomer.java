package rapport.kpi.readmodel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A customer as the KPIs need it: team, kind, value segment, when registered. Never names or contact details. */
@Entity
@Table(name = "rm_customer")
public class ReadModelCustomer extends PanacheEntityBase {

    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "team_id")
    public String teamId;

    public String kind;

    @Column(name = "value_segment")
    public String valueSegment;

    @Column(name = "registered_at")
    public Instant registeredAt;
}
