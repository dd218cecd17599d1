package rapport.bench.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session with the web console: the console sends it to Keycloak, it fills in Keycloak's own login form
 * (user name and password), and the cookies the console sets then come with every page it asks for.
 */
final class ConsoleSession {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>");
    private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");

    private final HttpClient browser;
    private final URI console;
    /** Null for a signed-in session; else where each page's bearer token comes from. */
    private final ServiceApi bearer;

    private ConsoleSession(HttpClient browser, URI console, ServiceApi bearer) {
        this.browser = browser;
        this.console = console;
        this.bearer = bearer;
    }

    /** Pages asked with the API's bearer token, no session (a console run as an OIDC hybrid application). */
    static ConsoleSession withBearer(Options options, ServiceApi api) {
        return new ConsoleSession(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build(), options.console(), api);
    }

    static ConsoleSession signIn(Options options) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        URI home = options.console().resolve("teams/" + options.team());
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(home).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher form = LOGIN_FORM.matcher(login.body());
        if (login.statusCode() != 200 || !form.find()) {
            throw new IllegalStateException("the console did not lead to Keycloak's login form: " + login.statusCode()
                    + " at " + login.uri());
        }
        Matcher action = ACTION.matcher(form.group());
        if (!action.find()) {
            throw new IllegalStateException("Keycloak's login form has no action: " + form.group());
        }
        HttpResponse<String> landed = browser.send(FormBody.post(login.uri().resolve(action.group(1)
                .replace("&amp;", "&")), "username", options.user(), "password", options.password(), "credentialId", ""),
                HttpResponse.BodyHandlers.ofString());
        if (landed.statusCode() != 200 || !landed.uri().equals(home)) {
            throw new IllegalStateException("signing in as " + options.user() + " ended with " + landed.statusCode()
                    + " at " + landed.uri() + " instead of " + home);
        }
        return new ConsoleSession(browser, options.console(), null);
    }

    /** A page of the console, its path relative to the console's root (e.g. {@code teams/demo/cases}). */
    long micros(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(console.resolve(path)).header("Accept", "text/html");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer.token());
        }
        return Timed.micros(browser, request.GET().build());
    }
}
