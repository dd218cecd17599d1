package rapport.console.errors;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which service a failed call went to, from the host:port in the failure (a refused connection names the address it
 * tried), so that the "not answering" page can name it.
 */
@ApplicationScoped
public class ServiceNames {

    private final Map<String, String> byAddress;

    ServiceNames(@ConfigProperty(name = "rapport.console.customer-service-url") URI customers,
            @ConfigProperty(name = "rapport.console.feedback-service-url") URI feedback,
            @ConfigProperty(name = "rapport.console.kpi-service-url") URI kpis) {
        this.byAddress = Map.of(address(customers), "customer-service", address(feedback), "feedback-service",
                address(kpis), "kpi-service");
    }

    private static String address(URI uri) {
        return ":" + (uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80);
    }

    /** The service the failure names, or "a Rapport service" when it names none the console knows. */
    String named(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            for (Map.Entry<String, String> entry : byAddress.entrySet()) {
                if (message.contains(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return "a Rapport service";
    }
}
