package rapport.personaldata;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * One data subject's (a customer's) 256-bit AES key. Random, never derived from anything, so that deleting
 * every copy of it makes what it protected unreadable for good (docs/erasure.md, "Key lifecycle").
 * {@link #toString()} never shows the key.
 */
public final class DataKey {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] material;

    private DataKey(byte[] material) {
        if (material.length != BYTES) {
            throw new IllegalArgumentException("a data key has " + BYTES + " bytes, not " + material.length);
        }
        this.material = material.clone();
    }

    /** A new random key. */
    public static DataKey generate() {
        byte[] material = new byte[BYTES];
        RANDOM.nextBytes(material);
        return new DataKey(material);
    }

    public static DataKey of(byte[] material) {
        return new DataKey(material);
    }

    /** @throws IllegalArgumentException when {@code base64} is not 32 bytes in base64 */
    public static DataKey fromBase64(String base64) {
        return new DataKey(Base64.getDecoder().decode(base64));
    }

    public byte[] bytes() {
        return material.clone();
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(material);
    }

    SecretKey secretKey() {
        return new SecretKeySpec(material, "AES");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataKey key && Arrays.equals(material, key.material);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(material);
    }

    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
