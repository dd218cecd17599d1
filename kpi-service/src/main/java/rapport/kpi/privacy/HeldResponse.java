package rapport.kpi.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.kpi.common.Sql;

@Schema(description = "A survey response about the customer as kpi-service keeps it (from feedback.submitted)")
public record HeldResponse(
        UUID responseId,
        UUID invitationId,
        UUID caseId,
        @Schema(examples = "alice") String agent,
        @Schema(examples = "PHONE") String channel,
        @Schema(examples = "SURVEY_LINK") String source,
        Instant submittedAt,
        Integer csat,
        Integer nps,
        Integer ces,
        Integer raterReliability,
        Integer raterAssurance,
        Integer raterTangibles,
        Integer raterEmpathy,
        Integer raterResponsiveness,
        @Schema(description = "The customer's comment; null once the customer is erased, or while its key has not reached kpi-service") String comment) {

    static final String COLUMNS = "response_id, invitation_id, case_id, agent, channel, source, submitted_at, csat, "
            + "nps, ces, rater_reliability, rater_assurance, rater_tangibles, rater_empathy, rater_responsiveness, "
            + "comment";

    /** @param comment reads the comment as stored (protected) into its text, or null when it cannot be read */
    static HeldResponse of(ResultSet row, UnaryOperator<String> comment) throws SQLException {
        return new HeldResponse(row.getObject("response_id", UUID.class), row.getObject("invitation_id", UUID.class),
                row.getObject("case_id", UUID.class), row.getString("agent"), row.getString("channel"),
                row.getString("source"), Sql.instant(row, "submitted_at"), Sql.integer(row, "csat"),
                Sql.integer(row, "nps"), Sql.integer(row, "ces"), Sql.integer(row, "rater_reliability"),
                Sql.integer(row, "rater_assurance"), Sql.integer(row, "rater_tangibles"),
                Sql.integer(row, "rater_empathy"), Sql.integer(row, "rater_responsiveness"),
                row.getString("comment") == null ? null : comment.apply(row.getString("comment")));
    }
}
