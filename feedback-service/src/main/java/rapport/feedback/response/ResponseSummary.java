package rapport.feedback.response;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Counts of a team's responses and invitations for a filter (KPIs with intervals are "
        + "kpi-service's job)")
public record ResponseSummary(
        @Schema(examples = "42") long responses,
        @Schema(description = "Responses that (still) have a comment", examples = "17") long withComment,
        @Schema(description = "Responses per source", examples = "{\"SURVEY_LINK\": 38, \"PAPER\": 4}")
        Map<Source, Long> bySource,
        Csat csat,
        Nps nps,
        Ces ces,
        @Schema(description = "Responses with each RATER rating") Rater rater,
        Invitations invitations) {

    public record Csat(@Schema(examples = "40") long answered,
            @Schema(description = "Answers per score 1-5", examples = "{\"1\": 2, \"2\": 1, \"3\": 5, \"4\": 12, \"5\": 20}")
            Map<Integer, Long> byScore,
            @Schema(description = "Answers of 4 or 5", examples = "32") long satisfied) {
    }

    public record Nps(@Schema(examples = "39") long answered, @Schema(examples = "6") long detractors,
            @Schema(examples = "10") long passives, @Schema(examples = "23") long promoters) {
    }

    public record Ces(@Schema(examples = "35") long answered,
            @Schema(description = "Answers per score 1-7", examples = "{\"6\": 10, \"7\": 15}") Map<Integer, Long> byScore,
            @Schema(description = "Answers of 5 to 7 (easy)", examples = "29") long easy) {
    }

    public record Rater(long reliability, long assurance, long tangibles, long empathy, long responsiveness) {
    }

    @Schema(description = "Invitations sent in the period (agent and channel filters apply) and how many of them "
            + "have been answered, at any time")
    public record Invitations(@Schema(examples = "60") long sent, @Schema(examples = "38") long answered) {
    }
}
