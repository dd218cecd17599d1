package rapport.web;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;

/**
 * Path and query parameters PostgreSQL could not store or compare: a NUL character ({@code %00}) is a 400
 * naming the parameter, whatever its type, before any resource sees it.
 */
final class RequestParameters {

    private RequestParameters() {
    }

    static void requireStorable(UriInfo uri) {
        requireStorable(uri.getPathParameters());
        requireStorable(uri.getQueryParameters());
    }

    private static void requireStorable(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!StorableValues.storable(parameter.getKey())) {
                throw ProblemException.invalidField("query", "parameter names " + StorableValues.NO_NUL);
            }
            for (String value : parameter.getValue()) {
                if (!StorableValues.storable(value)) {
                    throw ProblemException.invalidField(parameter.getKey(), StorableValues.NO_NUL);
                }
            }
        }
    }
}
