package rapport.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} convention every service's POST endpoints share: the header, what a
 * key may be, how a request is fingerprinted, and the answer when a key comes back with another
 * request. Where the keys are kept, and what a retry gets back, is each service's own business.
 */
public final class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private Idempotency() {
    }

    /** @throws ProblemException 400 naming the header unless the key is 1 to 200 visible ASCII characters */
    public static void requireValid(String key) {
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 200 visible ASCII characters, e.g. a UUID");
        }
    }

    /** SHA-256, in hex, of the parts joined by newlines (e.g. the route and the JSON body). */
    public static String fingerprint(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 422: the key was first used with a different request. */
    public static ProblemException reused() {
        return ProblemException.unprocessable("idempotency-key-reused", "Idempotency key reused",
                "this Idempotency-Key was already used with a different request; use a new key", HEADER);
    }
}
