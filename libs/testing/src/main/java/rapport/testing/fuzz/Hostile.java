package rapport.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One generated request: the raw (already encoded) path and query, extra headers, the body's bytes (or none). */
public record Hostile(String rawPath, String rawQuery, Map<String, String> headers, byte[] body) {

    @Override
    public String toString() {
        String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery) + (headers.isEmpty() ? "" : " " + headers)
                + (shown.isEmpty() ? "" : " " + (shown.length() > 300 ? shown.substring(0, 300) + "…" : shown));
    }
}
