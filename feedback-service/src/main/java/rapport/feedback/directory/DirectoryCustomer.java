package rapport.feedback.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** What feedback-service knows of a customer, from customer-service's events. */
@Entity
@Table(name = "directory_customer")
public class DirectoryCustomer extends PanacheEntityBase {

    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    public String kind;

    @Column(name = "survey_consent")
    public boolean surveyConsent;

    public boolean erased;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    static Optional<DirectoryCustomer> findInTeam(String teamId, UUID customerId) {
        return DirectoryCustomer.<DirectoryCustomer>findByIdOptional(customerId).filter(c -> c.teamId.equals(teamId));
    }
}
