package rapport.feedback.invitation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import rapport.events.customer.CaseResolved;

/** One resolution of a case, as announced by case.resolved, and what feedback-service did about it. */
@Entity
@Table(name = "case_resolution")
public class CaseResolution extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "interaction_id")
    public UUID interactionId;

    public String agent;

    public String channel;

    public String category;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Enumerated(EnumType.STRING)
    public InvitationDecision outcome;

    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(name = "received_at")
    public Instant receivedAt;

    static CaseResolution of(CaseResolved event, Instant receivedAt) {
        CaseResolution resolution = new CaseResolution();
        resolution.key = new Key(event.caseId(), event.resolution());
        resolution.teamId = event.teamId();
        resolution.customerId = event.customerId();
        resolution.interactionId = event.resolvingInteractionId();
        resolution.agent = event.agent();
        resolution.channel = event.channel();
        resolution.category = event.category();
        resolution.resolvedAt = event.resolvedAt();
        resolution.receivedAt = receivedAt;
        return resolution;
    }

    static boolean known(UUID caseId, int resolution) {
        return findByIdOptional(new Key(caseId, resolution)).isPresent();
    }

    static boolean invitedBefore(UUID caseId) {
        return count("key.caseId = ?1 and outcome = ?2", caseId, InvitationDecision.INVITED) > 0;
    }

    static List<CaseResolution> awaiting(UUID customerId) {
        return list("customerId = ?1 and outcome = ?2 order by resolvedAt, key.resolution", customerId,
                InvitationDecision.AWAITING_CUSTOMER);
    }

    /** The latest resolution of a case, for a hand-made invitation or recorded feedback about it. */
    public static Optional<CaseResolution> latest(UUID caseId) {
        return find("key.caseId = ?1 order by key.resolution desc", caseId).firstResultOptional();
    }

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "case_id")
        public UUID caseId;

        public int resolution;

        protected Key() {
        }

        Key(UUID caseId, int resolution) {
            this.caseId = caseId;
            this.resolution = resolution;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.resolution == resolution && Objects.equals(key.caseId, caseId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, resolution);
        }
    }
}
