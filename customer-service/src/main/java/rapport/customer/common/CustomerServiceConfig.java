package rapport.customer.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "rapport.customer")
public interface CustomerServiceConfig {

    /**
     * How far in the future a client-supplied time (an interaction's {@code occurredAt}, a complaint
     * step's {@code at}) may lie, to absorb clock differences between devices.
     */
    @WithDefault("5M")
    Duration clockSkewTolerance();
}
