package rapport.feedback.response;

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

/** One survey response: anonymous scores, and a comment that is deleted when the customer is erased. */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "team_id")
    public String teamId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "interaction_id")
    public UUID interactionId;

    public String agent;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    public Source source;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    public Integer csat;

    public Integer nps;

    public Integer ces;

    @Column(name = "rater_reliability")
    public Integer raterReliability;

    @Column(name = "rater_assurance")
    public Integer raterAssurance;

    @Column(name = "rater_tangibles")
    public Integer raterTangibles;

    @Column(name = "rater_empathy")
    public Integer raterEmpathy;

    @Column(name = "rater_responsiveness")
    public Integer raterResponsiveness;

    public String comment;

    void setAnswers(Answers answers) {
        csat = answers.csat();
        nps = answers.nps();
        ces = answers.ces();
        if (answers.rater() != null) {
            raterReliability = answers.rater().reliability();
            raterAssurance = answers.rater().assurance();
            raterTangibles = answers.rater().tangibles();
            raterEmpathy = answers.rater().empathy();
            raterResponsiveness = answers.rater().responsiveness();
        }
        comment = answers.comment();
    }

    Answers answers() {
        Answers.Rater rater = new Answers.Rater(raterReliability, raterAssurance, raterTangibles, raterEmpathy,
                raterResponsiveness);
        return new Answers(csat, nps, ces, rater.isEmpty() ? null : rater, comment);
    }

    static Optional<SurveyResponse> findInTeam(String teamId, UUID id) {
        return SurveyResponse.<SurveyResponse>findByIdOptional(id).filter(r -> r.teamId.equals(teamId));
    }
}
