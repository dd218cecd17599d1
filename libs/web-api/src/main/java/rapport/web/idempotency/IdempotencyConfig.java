package rapport.web.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "rapport.web.idempotency")
public interface IdempotencyConfig {

    /** How long an Idempotency-Key and its stored response are kept; a retry after that is a new request. */
    @WithDefault("P1D")
    Duration retention();

    /** How often expired keys are deleted (read by {@link IdempotencyPurge}'s schedule, default 1H). */
    @WithDefault("1H")
    Duration purgeInterval();
}
