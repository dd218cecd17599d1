package rapport.kpi.evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A customer's own name in their comments, masked: an export hashes each part of the customer's names (salted
 * with the customer's id; the names are kept only protected with the customer's data key and decrypted for this)
 * and replaces every word of a comment whose hash is one of them (docs/kpi-service.md says what this can and
 * cannot catch).
 */
public final class NameParts {

    static final String MASK = "[name removed]";
    /** Words: letters with inner apostrophes or hyphens ("O'Brien", "Smith-Jones" are one word each, and their parts). */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");
    private static final int SHORTEST = 2;

    private NameParts() {
    }

    /** The hashes of a name's parts (each word, and each part of a hyphenated or apostrophised word). */
    public static Set<String> hashes(UUID customerId, String name) {
        Set<String> hashes = new LinkedHashSet<>();
        if (name == null) {
            return hashes;
        }
        Matcher word = WORD.matcher(name);
        while (word.find()) {
            add(hashes, customerId, word.group());
            for (String part : word.group().split("['’-]")) {
                add(hashes, customerId, part);
            }
        }
        return hashes;
    }

    /** {@code text} with each word whose hash is among {@code hashes} replaced by {@value #MASK}. */
    static String mask(String text, UUID customerId, Set<String> hashes) {
        if (text == null || hashes.isEmpty()) {
            return text;
        }
        return WORD.matcher(text).replaceAll(word -> {
            String found = word.group();
            boolean named = hashes.contains(hash(customerId, found));
            for (String part : found.split("['’-]")) {
                named |= part.length() >= SHORTEST && hashes.contains(hash(customerId, part));
            }
            return named ? Matcher.quoteReplacement(MASK) : Matcher.quoteReplacement(found);
        });
    }

    private static void add(Set<String> hashes, UUID customerId, String part) {
        if (part.length() >= SHORTEST) {
            hashes.add(hash(customerId, part));
        }
    }

    private static String hash(UUID customerId, String part) {
        String normal = Normalizer.normalize(part, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((customerId + "\n" + normal).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
