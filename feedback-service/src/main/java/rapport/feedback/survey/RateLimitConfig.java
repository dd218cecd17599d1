package rapport.feedback.survey;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits on answer-page requests (GET and POST under /s/) per client address: a token bucket each. */
@ConfigMapping(prefix = "rapport.feedback.survey.rate-limit")
public interface RateLimitConfig {

    /** Requests a client may make in a burst. */
    @WithDefault("30")
    int capacity();

    /** Time in which an empty bucket refills completely (capacity / refill-period is the sustained rate). */
    @WithDefault("PT5M")
    Duration refillPeriod();

    /** Clients tracked at most; beyond it, idle full buckets are forgotten. */
    @WithDefault("10000")
    int maxClients();
}
