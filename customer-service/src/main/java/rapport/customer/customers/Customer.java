package rapport.customer.customers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import rapport.customer.common.Channel;
import rapport.customer.common.PersonalData;
import rapport.web.ProblemException;

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

    /** The phone's digits (and a leading +), for duplicate detection and search. */
    @Column(name = "phone_key")
    public String phoneKey;

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

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Version
    public long version;

    static Customer register(String teamId, CustomerDetails details, Instant now) {
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.teamId = teamId;
        customer.status = CustomerStatus.ACTIVE;
        customer.createdAt = now;
        customer.apply(details, now);
        return customer;
    }

    void apply(CustomerDetails details, Instant now) {
        displayName = details.displayName().strip();
        email = blankToNull(details.email());
        phone = blankToNull(details.phone());
        phoneKey = phoneKey(phone);
        kind = details.kind();
        valueSegment = details.valueSegment();
        preferredChannel = details.preferredChannel();
        needs = blankToNull(details.needs());
        surveyConsent = details.surveyConsent();
        updatedAt = now;
    }

    /** Replaces every personal field by the erasure marker (or nothing) and withdraws survey consent. */
    public void erase(Instant now) {
        displayName = PersonalData.ERASED;
        email = null;
        phone = null;
        phoneKey = null;
        needs = PersonalData.erase(needs);
        surveyConsent = false;
        status = CustomerStatus.ERASED;
        erasedAt = now;
        updatedAt = now;
    }

    public boolean erased() {
        return status == CustomerStatus.ERASED;
    }

    static String phoneKey(String phone) {
        return phone == null ? null : phone.replaceAll("[^0-9+]", "");
    }

    public static Optional<Customer> findInTeam(String teamId, UUID id) {
        return Customer.<Customer>findByIdOptional(id).filter(c -> c.teamId.equals(teamId));
    }

    /** The team's customer, or 404. */
    public static Customer require(String teamId, UUID id) {
        return findInTeam(teamId, id).orElseThrow(() -> ProblemException.notFound("customer", id));
    }

    /**
     * The team's customer if its data was not erased: 404 when unknown, 409 when erased. The row is
     * share-locked until the transaction ends, so an erasure (which locks it for update) cannot slip
     * between this check and the new data this transaction records about the customer.
     */
    public static Customer requireActive(String teamId, UUID id) {
        return requireActive(teamId, id, LockModeType.PESSIMISTIC_READ);
    }

    /**
     * {@link #requireActive(String, UUID)} for a transaction that changes the customer's own row: locked for
     * update from the start, as two transactions that both share-locked the row could never both upgrade
     * (PostgreSQL would abort one as a deadlock).
     */
    public static Customer requireActiveForUpdate(String teamId, UUID id) {
        return requireActive(teamId, id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static Customer requireActive(String teamId, UUID id, LockModeType lock) {
        Customer customer = Optional.ofNullable(Customer.<Customer>findById(id, lock))
                .filter(c -> c.teamId.equals(teamId)).orElseThrow(() -> ProblemException.notFound("customer", id));
        if (customer.erased()) {
            throw ProblemException.conflict("customer-erased", "Customer erased",
                    "customer " + id + " was erased; nothing more can be recorded about them", null);
        }
        return customer;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
