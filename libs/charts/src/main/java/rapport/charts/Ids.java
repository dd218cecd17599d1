package rapport.charts;

import java.util.regex.Pattern;

/** Chart ids become XML ids ({@code id-title}, {@code id-desc}): they must be valid and unique on their page. */
final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");

    private Ids() {
    }

    static void check(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a chart id is a letter followed by letters, digits, '-' or '_': "
                    + id);
        }
    }
}
