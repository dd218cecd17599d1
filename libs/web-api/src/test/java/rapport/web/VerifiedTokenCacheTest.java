package rapport.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The cache in front of the real smallrye-jwt verifier, with tokens signed by a key made for the test. */
class VerifiedTokenCacheTest {

    private static final String ISSUER = "https://keycloak.test.invalid/realms/rapport";
    private static final KeyPair TRUSTED = rsaKeys();
    private static final KeyPair INTRUDER = rsaKeys();

    /** The real verifier, counting how often it is asked. */
    private final AtomicInteger verifications = new AtomicInteger();
    private final DefaultJWTParser verifier = new DefaultJWTParser(
            new JWTAuthContextInfo((RSAPublicKey) TRUSTED.getPublic(), ISSUER)) {
        @Override
        public JsonWebToken parse(String token) throws ParseException {
            verifications.incrementAndGet();
            return super.parse(token);
        }
    };
    private final MovableClock clock = new MovableClock(Instant.now());
    private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock, 100, Duration.ofMinutes(5));

    @Test
    void theSameTokenIsVerifiedOnceAndGivesTheSameClaims() throws Exception {
        String token = mint("agent-1", TRUSTED, Duration.ofHours(1));

        JsonWebToken first = cache.parse(token);
        JsonWebToken second = cache.parse(token);

        assertThat(verifications).hasValue(1);
        assertThat(second.getName()).isEqualTo("agent-1").isEqualTo(first.getName());
        assertThat(second.getGroups()).containsExactly("agent");
    }

    @Test
    void aTokenThatFailsIsNeverCachedSoATamperedOneIsCheckedInFullEveryTime() throws Exception {
        String genuine = mint("agent-1", TRUSTED, Duration.ofHours(1));
        cache.parse(genuine);
        String[] mine = genuine.split("\\.");
        String[] other = mint("agent-2", TRUSTED, Duration.ofHours(1)).split("\\.");
        String tampered = other[0] + "." + other[1] + "." + mine[2];
        String forged = mint("agent-1", INTRUDER, Duration.ofHours(1));

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.parse(tampered)).isInstanceOf(ParseException.class);
            assertThatThrownBy(() -> cache.parse(forged)).isInstanceOf(ParseException.class);
        }

        assertThat(verifications).hasValue(1 + 4);
    }

    @Test
    void aCachedVerificationIsNotUsedAtOrAfterTheTokensExpiry() throws Exception {
        String token = mint("agent-1", TRUSTED, Duration.ofMinutes(2));
        cache.parse(token);

        clock.advance(Duration.ofMinutes(2));
        // the cache must not answer: the verifier is asked again and judges the expiry itself (on its own clock,
        // the real one, the token is still valid, which is why this asks for the count rather than a refusal)
        cache.parse(token);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aVerificationIsReusedForAtMostTheMaximumAge() throws Exception {
        String token = mint("agent-1", TRUSTED, Duration.ofHours(1));
        cache.parse(token);

        clock.advance(Duration.ofMinutes(4));
        cache.parse(token);
        assertThat(verifications).hasValue(1);

        clock.advance(Duration.ofMinutes(1));
        cache.parse(token);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void anExpiredTokenIsRefusedEveryTime() throws Exception {
        String expired = mint("agent-1", TRUSTED, Duration.ofMinutes(-10));

        assertThatThrownBy(() -> cache.parse(expired)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> cache.parse(expired)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
    }

    private static String mint(String user, KeyPair keys, Duration validFor) {
        Instant expiresAt = Instant.now().plus(validFor);
        return Jwt.issuer(ISSUER).upn(user).groups("agent")
                .issuedAt(expiresAt.minus(Duration.ofHours(1))).expiresAt(expiresAt)
                .jws().sign(keys.getPrivate());
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
