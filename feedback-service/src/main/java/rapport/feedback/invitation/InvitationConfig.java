package rapport.feedback.invitation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "rapport.feedback.invitations")
public interface InvitationConfig {

    /** How long a survey link works after it was issued. */
    @WithDefault("P14D")
    Duration expiry();

    /** Whether a case that was reopened and resolved again gets another invitation. */
    @WithDefault("true")
    boolean reinviteAfterReopen();

    /** Public base URL of the answer pages; a link is {@code <base>/s/<token>}. */
    @WithDefault("http://127.0.0.1:8082")
    String publicBaseUrl();

    Mail mail();

    interface Mail {
        /**
         * Whether invitations are e-mailed (quarkus.mailer.* says how). Off: every invitation is a
         * link that team members pass on.
         */
        @WithDefault("false")
        boolean enabled();

        @WithDefault("How did we do? A two-minute survey")
        String subject();
    }
}
