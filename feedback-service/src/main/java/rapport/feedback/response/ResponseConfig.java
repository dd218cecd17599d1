package rapport.feedback.response;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

@ConfigMapping(prefix = "rapport.feedback.responses")
public interface ResponseConfig {

    /** How far in the future a recorded response's submittedAt may be (clocks differ a little). */
    @WithDefault("PT5M")
    Duration clockSkew();

    /** Time zone in which a date-only {@code from}/{@code to} filter starts its day. */
    @WithDefault("Europe/London")
    ZoneId reportingZone();
}
