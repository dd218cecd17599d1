package rapport.demo.load;

import com.fasterxml.jackson.databind.JsonNode;

/** A service's answer: its status and JSON body (a problem+json body for errors). */
record Reply(int status, JsonNode body) {

    boolean ok() {
        return status / 100 == 2;
    }

    /** The slug of a problem+json {@code type} ({@code https://rapport.dev/problems/SLUG}), or "". */
    String problem() {
        String type = body.path("type").asText("");
        return type.substring(type.lastIndexOf('/') + 1);
    }

    String text(String field) {
        return body.path(field).asText(null);
    }
}
