package rapport.feedback.survey;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The rate limiter of the answer pages, configured by {@link RateLimitConfig}. */
@ApplicationScoped
class SurveyRateLimit {

    @Inject
    RateLimitConfig config;

    private RateLimiter limiter;

    @PostConstruct
    void create() {
        limiter = new RateLimiter(config.capacity(), config.refillPeriod().toNanos(), config.maxClients(),
                System::nanoTime);
    }

    /** @return 0 if the client may go ahead, else seconds to wait */
    long tryAcquire(String client) {
        return limiter.tryAcquire(client);
    }
}
