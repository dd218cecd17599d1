package rapport.bench.console;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/**
 * The JDK's cookie store, except that a cookie marked {@code Secure} is sent back over plain HTTP to a loopback
 * address, as browsers do for {@code http://127.0.0.1} (Keycloak marks its login cookies Secure; the JDK alone would
 * keep them back and the login form would answer "cookie not found").
 */
final class LoopbackCookies extends CookieHandler {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER);

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return cookies.get(loopback(uri) ? secure(uri) : uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        cookies.put(uri, responseHeaders);
    }

    private static boolean loopback(URI uri) {
        try {
            return "http".equalsIgnoreCase(uri.getScheme()) && InetAddress.getByName(uri.getHost()).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    /** The same address as https: the store then hands out Secure cookies too (it keys cookies by host, not scheme). */
    private static URI secure(URI uri) {
        try {
            return new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
                    null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(uri.toString(), e);
        }
    }
}
