package rapport.customer.customers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import rapport.customer.common.Channel;

@Entity
@Table(name = "customer")
public class Customer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    public String phone;

    @Enumerated(EnumType.STRING)
    public CustomerKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_segment")
    public ValueSegment valueSegment;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_channel")
    public Channel preferredChannel;

    public String needs;

    @Column(name = "survey_consent")
    public boolean surveyConsent;

    @Enumerated(EnumType.STRING)
    public CustomerStatus status;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    static Customer register(String teamId, NewCustomer request, Instant now) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.teamId = teamId;
        customer.displayName = request.displayName().strip();
        customer.email = blankToNull(request.email());
        customer.phone = blankToNull(request.phone());
        customer.kind = request.kind();
        customer.valueSegment = request.valueSegment();
        customer.preferredChannel = request.preferredChannel();
        customer.needs = blankToNull(request.needs());
        customer.surveyConsent = request.surveyConsent();
        customer.status = CustomerStatus.ACTIVE;
        customer.createdAt = now;
        customer.updatedAt = now;
        return customer;
    }

    static Optional<Customer> findInTeam(String teamId, UUID id) {
        return Customer.<Customer>findByIdOptional(id).filter(c -> c.teamId.equals(teamId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
