package rapport.kpi.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A team's KPI settings once it has changed them; until then the defaults apply. */
@Entity
@Table(name = "kpi_team_settings")
public class TeamSettingsEntity extends PanacheEntityBase {

    @Id
    @Column(name = "team_id")
    public String teamId;

    @Column(name = "repeat_window_days")
    public int repeatWindowDays;

    @Column(name = "complaint_target_hours")
    public int complaintTargetHours;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "max_period_days")
    public int maxPeriodDays;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "assessment_criteria")
    public List<String> assessmentCriteria;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
