package rapport.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Mints bearer tokens shaped like the ones Keycloak issues for realm {@code rapport}: realm roles in
 * {@code groups}, team ids in {@code teams}. Signed with the test key the services trust under
 * {@link RapportTestResource}; the {@code intruder} and {@code expired} variants must be refused.
 *
 * <pre>{@code given().auth().oauth2(TestTokens.agent("team-a").mint())}</pre>
 */
public final class TestTokens {

    public static final String ISSUER = "https://keycloak.test.invalid/realms/rapport";
    public static final String PUBLIC_KEY = "rapport/testing/jwt/public-key.pem";

    private final String user;
    private final Set<String> roles;
    private final List<String> teams;
    private String issuer = ISSUER;
    private String keyLocation = "rapport/testing/jwt/private-key.pem";
    private Instant expiresAt = Instant.now().plus(Duration.ofHours(1));

    private TestTokens(String user, Set<String> roles, List<String> teams) {
        this.user = user;
        this.roles = roles;
        this.teams = teams;
    }

    public static TestTokens agent(String... teams) {
        return new TestTokens("agent-" + String.join("-", teams), Set.of("agent"), List.of(teams));
    }

    public static TestTokens assessor(String... teams) {
        return new TestTokens("assessor-" + String.join("-", teams), Set.of("assessor"), List.of(teams));
    }

    public static TestTokens admin() {
        return new TestTokens("admin", Set.of("admin"), List.of());
    }

    /** A token with the given realm roles (possibly none) and teams. */
    public static TestTokens withRoles(Set<String> roles, String... teams) {
        return new TestTokens("user", roles, List.of(teams));
    }

    public TestTokens user(String name) {
        TestTokens copy = new TestTokens(name, roles, teams);
        copy.issuer = issuer;
        copy.keyLocation = keyLocation;
        copy.expiresAt = expiresAt;
        return copy;
    }

    /** Signed by a key the services do not trust. */
    public TestTokens signedByIntruder() {
        keyLocation = "rapport/testing/jwt/intruder-private-key.pem";
        return this;
    }

    public TestTokens expired() {
        expiresAt = Instant.now().minus(Duration.ofMinutes(10));
        return this;
    }

    public TestTokens issuedBy(String otherIssuer) {
        issuer = otherIssuer;
        return this;
    }

    /**
     * The public key the test tokens verify against, as a file, for services started as separate
     * processes ({@code MP_JWT_VERIFY_PUBLICKEY_LOCATION}).
     */
    public static synchronized Path publicKeyFile() {
        try {
            Path file = Files.createTempFile("rapport-test-jwt-", ".pem");
            file.toFile().deleteOnExit();
            try (InputStream in = TestTokens.class.getClassLoader().getResourceAsStream(PUBLIC_KEY)) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** These claims with {@code alg: none} and an empty signature: must be refused like a forged token. */
    public String mintUnsigned() {
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + mint().split("\\.")[1] + ".";
    }

    /** These claims under the signature of another user's token (a payload swapped in): must be refused. */
    public String mintTampered() {
        String[] mine = mint().split("\\.");
        String[] theirs = user(user + "-other").mint().split("\\.");
        return mine[0] + "." + mine[1] + "." + theirs[2];
    }

    public String mint() {
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(user)
                .upn(user)
                .preferredUserName(user)
                .groups(roles)
                .claim("teams", teams)
                .issuedAt(expiresAt.minus(Duration.ofHours(1)))
                .expiresAt(expiresAt);
        try {
            PrivateKey key = KeyUtils.readPrivateKey(keyLocation);
            return claims.jws().keyId("test").sign(key);
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a test token with " + keyLocation, e);
        }
    }
}
