package rapport.feedback.response;

/**
 * Customers' comments are free text: kept as plain text without control characters (newlines stay,
 * tabs become spaces), trimmed; a blank comment is no comment. Pages escape them when shown.
 */
final class Comments {

    static final int MAX_LENGTH = 2000;

    private Comments() {
    }

    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                cleaned.append('\n');
            } else if (c == '\t') {
                cleaned.append(' ');
            } else if (Character.getType(c) != Character.CONTROL) {
                cleaned.appendCodePoint(c);
            }
        });
        String result = cleaned.toString().strip();
        return result.isEmpty() ? null : result;
    }
}
