package rapport.feedback.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secret in a survey link: 256 random bits from {@link SecureRandom}, URL-safe base64 without
 * padding (43 characters). Only its SHA-256 hash is stored, so a leaked database does not give away
 * working links; a token is shown once, when it is issued.
 */
public record SurveyToken(String value) {

    private static final int BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static SurveyToken generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return new SurveyToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token in a link, if it has the shape of one (anything else cannot match a stored hash). */
    public static Optional<SurveyToken> parse(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches()
                ? Optional.of(new SurveyToken(candidate)) : Optional.empty();
    }

    /** SHA-256 of the token, the only form in which it is stored. */
    public byte[] hash() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "SurveyToken[redacted]";
    }
}
