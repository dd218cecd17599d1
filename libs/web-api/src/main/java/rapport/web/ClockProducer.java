package rapport.web;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of a service: the system's, in UTC. A service or a test that needs another "now"
 * declares its own {@link Clock} bean (a test usually as an {@code @Alternative}); this one then steps aside.
 */
public class ClockProducer {

    /** PostgreSQL keeps time to the microsecond: a time the API answers is then the time it stored. */
    static final Duration RESOLUTION = Duration.ofNanos(1000);

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), RESOLUTION);
    }
}
