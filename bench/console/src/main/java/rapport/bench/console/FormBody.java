package rapport.bench.console;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** A POST of a form ({@code application/x-www-form-urlencoded}), its fields' names and values in turn. */
final class FormBody {

    private FormBody() {
    }

    static HttpRequest post(URI uri, String... namesAndValues) {
        StringJoiner body = new StringJoiner("&");
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }
}
