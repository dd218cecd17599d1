package rapport.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each bearer token once: parsing and the RS256 signature check took 12 % of customer-service's CPU and 30 %
 * of its allocations under load (docs/benchmarks/customer-service.md), and a client sends the same token with every
 * request until it expires.
 *
 * <p>Why this is safe: an entry is keyed by the token's exact text, so only the very bytes that passed the full
 * verification (signature, issuer, expiry) are answered from the cache; a token that fails is never stored, so a
 * forged or tampered one is checked in full every time. An entry is used only before the token's {@code exp} and
 * for at most {@code max-age} after its verification: that bounds how long a token keeps passing after its signing
 * key is withdrawn from the issuer's key set, which a verifier holding the key set for a while allows anyway. The
 * cache is bounded in entries. docs/reliability.md ("Access tokens") says the same for operators.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    @ConfigMapping(prefix = "rapport.oidc.verified-tokens")
    public interface Config {
        /** Most verified tokens kept at once. */
        @WithDefault("10000")
        long maxSize();

        /** Longest time a verification is reused, whatever the token's own expiry. */
        @WithDefault("PT5M")
        Duration maxAge();
    }

    private record Verified(JsonWebToken token, Instant usableUntil) {}

    private final JWTParser verifier;
    private final Clock clock;
    private final Duration maxAge;
    private final Cache<String, Verified> verified;

    @Inject
    VerifiedTokenCache(DefaultJWTParser verifier, Clock clock, Config config) {
        this(verifier, clock, config.maxSize(), config.maxAge());
    }

    VerifiedTokenCache(JWTParser verifier, Clock clock, long maxSize, Duration maxAge) {
        this.verifier = verifier;
        this.clock = clock;
        this.maxAge = maxAge;
        this.verified = Caffeine.newBuilder().maximumSize(maxSize).expireAfter(new UntilUnusable()).build();
    }

    @Override
    public JsonWebToken parse(String bearerToken) throws ParseException {
        Instant now = clock.instant();
        Verified known = verified.getIfPresent(bearerToken);
        if (known != null && now.isBefore(known.usableUntil())) {
            return known.token();
        }
        JsonWebToken token = verifier.parse(bearerToken);
        Instant usableUntil = min(Instant.ofEpochSecond(token.getExpirationTime()), now.plus(maxAge));
        if (now.isBefore(usableUntil)) {
            verified.put(bearerToken, new Verified(token, usableUntil));
        }
        return token;
    }

    /** Entries leave the cache when they stop being usable, measured on the cache's own ticker. */
    private final class UntilUnusable implements Expiry<String, Verified> {
        @Override
        public long expireAfterCreate(String key, Verified value, long currentTime) {
            return Math.max(0, Duration.between(clock.instant(), value.usableUntil()).toNanos());
        }

        @Override
        public long expireAfterUpdate(String key, Verified value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Verified value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    // Everything else is not a bearer token of a request: passed straight through, never cached.

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
