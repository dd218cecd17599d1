package rapport.demo.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies as ordered maps; a null value leaves its field out, as the APIs expect of optional fields. */
final class Bodies {

    private Bodies() {
    }

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value != null) {
                body.put((String) keysAndValues[i], value instanceof Enum<?> e ? e.name() : value);
            }
        }
        return body;
    }
}
