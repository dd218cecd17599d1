package rapport.customer.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

@ConfigMapping(prefix = "rapport.customer")
public interface CustomerServiceConfig {

    /**
     * How far in the future a client-supplied time (an interaction's {@code occurredAt}, a complaint
     * step's {@code at}) may lie, to absorb clock differences between devices.
     */
    @WithDefault("5M")
    Duration clockSkewTolerance();

    /**
     * Where clients reach feedback-service: the subject-access export links to its export and erasure audit
     * (docs/customer-service.md, "Personal data"). Only a link: customer-service never calls it.
     */
    @WithDefault("http://127.0.0.1:8082")
    URI feedbackServiceUrl();

    /** Where clients reach kpi-service, for the same links. */
    @WithDefault("http://127.0.0.1:8083")
    URI kpiServiceUrl();
}
