package rapport.feedback.invitation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import rapport.web.idempotency.Replayable;

@Schema(description = "An invitation and its survey link. The link is shown only in this response: "
        + "only a hash of its token is stored.")
public record IssuedInvitation(
        InvitationView invitation,
        @Schema(description = "The survey link; null when an Idempotency-Key replay returns an earlier invitation",
                examples = "http://127.0.0.1:8082/s/q3Jx0f8mYb2c9kKp4Zr1Tn6Wv5Ue7Hs3Ld0Ga8Bi2Mo")
        String link) implements Replayable {

    /** An Idempotency-Key replay gets the invitation again, never its link. */
    @Override
    public Object replayed() {
        return new IssuedInvitation(invitation, null);
    }
}
