package rapport.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts one personal-data field of an event with its subject's {@link DataKey}: AES-256-GCM, a random
 * 96-bit IV per value, and the subject's id and the field's name as associated data, so that a value
 * copied to another customer or another field does not decrypt. The result is text, so events stay JSON:
 * {@code pd1:<base64 of IV, ciphertext and 128-bit tag>} (docs/erasure.md, "The protected form").
 */
public final class FieldCipher {

    /** The prefix of the current protected form; a later form gets a new version, {@code pd2:}. */
    public static final String PREFIX = "pd1:";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private FieldCipher() {
    }

    /** {@code plaintext} in the protected form; {@code null} stays {@code null}. */
    public static String protect(DataKey key, UUID subject, String field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, iv, subject, field);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    /**
     * The plaintext of a protected value; {@code null} stays {@code null}.
     *
     * @throws UnreadableFieldException when the key, the subject or the field is not the one it was made with, or
     *                                  the value was changed
     */
    public static String reveal(DataKey key, UUID subject, String field, String protectedValue) {
        if (protectedValue == null) {
            return null;
        }
        if (!isProtected(protectedValue)) {
            throw new UnreadableFieldException("field " + field + " is not in the " + PREFIX + " form", null);
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(protectedValue.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableFieldException("field " + field + " is not base64 after " + PREFIX, e);
        }
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new UnreadableFieldException("field " + field + " is too short to be protected", null);
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, IV_BYTES), subject, field);
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new UnreadableFieldException("field " + field + " of " + subject
                    + " does not decrypt with this key (another key, subject or field, or changed)", e);
        }
    }

    /** Whether {@code value} is in the protected form (it says nothing of whether it decrypts). */
    public static boolean isProtected(String value) {
        return value != null && value.startsWith(PREFIX);
    }

    private static Cipher cipher(int mode, DataKey key, byte[] iv, UUID subject, String field)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key.secretKey(), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(associatedData(subject, field));
        return cipher;
    }

    private static byte[] associatedData(UUID subject, String field) {
        return (PREFIX + subject + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}
