package rapport.feedback.invitation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import rapport.feedback.common.Channel;

/** A survey invitation; its token is stored only as a hash. */
@Entity
@Table(name = "invitation")
public class Invitation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "case_id")
    public UUID caseId;

    public Integer resolution;

    @Column(name = "interaction_id")
    public UUID interactionId;

    public String agent;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    @Enumerated(EnumType.STRING)
    public Delivery delivery;

    @Column(name = "token_hash")
    public byte[] tokenHash;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public InvitationStatus status(Instant now) {
        if (answeredAt != null) {
            return InvitationStatus.ANSWERED;
        }
        if (withdrawnAt != null) {
            return InvitationStatus.WITHDRAWN;
        }
        return now.isBefore(expiresAt) ? InvitationStatus.OPEN : InvitationStatus.EXPIRED;
    }

    static Optional<Invitation> findByToken(SurveyToken token) {
        return find("tokenHash", (Object) token.hash()).firstResultOptional();
    }

    static Optional<Invitation> findInTeam(String teamId, UUID id) {
        return Invitation.<Invitation>findByIdOptional(id).filter(i -> i.teamId.equals(teamId));
    }
}
