package rapport.console.shell;

import java.util.Locale;

/** How an enum value reads to a person: FACE_TO_FACE → "Face to face". */
public final class Labels {

    private Labels() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        String words = value.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
