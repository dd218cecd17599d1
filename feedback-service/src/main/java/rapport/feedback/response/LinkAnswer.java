package rapport.feedback.response;

import java.util.List;
import rapport.feedback.invitation.InvitationStatus;
import rapport.web.FieldError;

/** What became of an answer sent through a survey link. */
public sealed interface LinkAnswer {

    record Stored() implements LinkAnswer {
    }

    /** The link does not (or no longer) accept answers; {@code status} null means no such link. */
    record Closed(InvitationStatus status) implements LinkAnswer {
    }

    /** Nothing stored: the answers need correcting. */
    record Invalid(List<FieldError> errors) implements LinkAnswer {
    }
}
