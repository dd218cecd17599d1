package rapport.kpi.improvement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import rapport.kpi.maths.ExpectedDirection;

/**
 * What a team changed and why, and the windows its effect is measured in (docs/kpi-definitions.md, "Did a change
 * work?"). Not part of the read model.
 */
@Entity
@Table(name = "kpi_improvement")
public class ImprovementAction extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "team_id")
    public String teamId;

    public String title;

    public String description;

    @Column(name = "target_kpi")
    public String targetKpi;

    @Enumerated(EnumType.STRING)
    @Column(name = "expected_direction")
    public ExpectedDirection expectedDirection;

    @Column(name = "date_in_place")
    public LocalDate dateInPlace;

    @Column(name = "baseline_from")
    public LocalDate baselineFrom;

    @Column(name = "baseline_to")
    public LocalDate baselineTo;

    @Column(name = "evaluation_from")
    public LocalDate evaluationFrom;

    @Column(name = "evaluation_to")
    public LocalDate evaluationTo;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

}
