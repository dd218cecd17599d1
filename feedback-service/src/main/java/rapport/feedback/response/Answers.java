package rapport.feedback.response;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.events.feedback.FeedbackSubmitted;

@Schema(description = "A customer's answers. Every question is optional, but at least one score must be given.")
public record Answers(
        @Min(1) @Max(5) @Schema(description = "Customer satisfaction, 1 (very dissatisfied) to 5 (very satisfied)",
                examples = "4") Integer csat,
        @Min(0) @Max(10) @Schema(description = "How likely to recommend us, 0 (not at all) to 10 (extremely)",
                examples = "9") Integer nps,
        @Min(1) @Max(7) @Schema(description = "\"The business made it easy to handle my issue\", 1 (strongly "
                + "disagree) to 7 (strongly agree)", examples = "6") Integer ces,
        @Valid @Schema(description = "Optional SERVQUAL/RATER ratings") Rater rater,
        @Size(max = Comments.MAX_LENGTH) @Schema(description = "Free text; control characters are removed",
                examples = "Quick and friendly, thank you!") String comment) {

    @Schema(description = "RATER ratings, 1 (poor) to 5 (excellent) each")
    public record Rater(
            @Min(1) @Max(5) @Schema(description = "Did what was promised, dependably and accurately", examples = "5")
            Integer reliability,
            @Min(1) @Max(5) @Schema(description = "Knowledge and courtesy that inspire trust", examples = "4")
            Integer assurance,
            @Min(1) @Max(5) @Schema(description = "Premises, equipment, materials, appearance", examples = "4")
            Integer tangibles,
            @Min(1) @Max(5) @Schema(description = "Caring, individual attention", examples = "5") Integer empathy,
            @Min(1) @Max(5) @Schema(description = "Willing to help and prompt", examples = "5")
            Integer responsiveness) {

        boolean isEmpty() {
            return Stream.of(reliability, assurance, tangibles, empathy, responsiveness).allMatch(Objects::isNull);
        }

        FeedbackSubmitted.Rater toEvent() {
            return new FeedbackSubmitted.Rater(reliability, assurance, tangibles, empathy, responsiveness);
        }
    }

    /** The comment cleaned of control characters; an all-empty RATER block becomes none. */
    Answers cleaned() {
        return new Answers(csat, nps, ces, rater == null || rater.isEmpty() ? null : rater, Comments.clean(comment));
    }

    boolean hasScore() {
        return csat != null || nps != null || ces != null || (rater != null && !rater.isEmpty());
    }
}
