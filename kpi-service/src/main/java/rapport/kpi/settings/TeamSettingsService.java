package rapport.kpi.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import rapport.web.ProblemException;

/** Reads and changes a team's KPI settings; a team without stored settings gets the defaults. */
@ApplicationScoped
public class TeamSettingsService {

    @Inject
    KpiDefaults defaults;

    @Inject
    Clock clock;

    public TeamSettings settings(String teamId) {
        TeamSettingsEntity stored = TeamSettingsEntity.findById(teamId);
        if (stored == null) {
            return new TeamSettings(teamId, defaults.repeatWindowDays(), defaults.complaintTargetHours(),
                    defaults.timeZone(), defaults.maxPeriodDays(), AssessmentCriteria.DEFAULTS, false);
        }
        return new TeamSettings(teamId, stored.repeatWindowDays, stored.complaintTargetHours, stored.timeZone,
                stored.maxPeriodDays, List.copyOf(stored.assessmentCriteria), true);
    }

    @Transactional
    public TeamSettings update(String teamId, SettingsUpdate update, String user) {
        try {
            ZoneId.of(update.timeZone());
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("timeZone", "must be an IANA time zone id such as Europe/London");
        }
        TeamSettingsEntity entity = TeamSettingsEntity.<TeamSettingsEntity>findByIdOptional(teamId)
                .orElseGet(TeamSettingsEntity::new);
        entity.teamId = teamId;
        entity.repeatWindowDays = update.repeatWindowDays();
        entity.complaintTargetHours = update.complaintTargetHours();
        entity.timeZone = update.timeZone();
        entity.maxPeriodDays = update.maxPeriodDays();
        entity.assessmentCriteria = update.assessmentCriteria().stream().map(String::strip).distinct().toList();
        entity.updatedAt = clock.instant();
        entity.updatedBy = user;
        entity.persist();
        return settings(teamId);
    }
}
