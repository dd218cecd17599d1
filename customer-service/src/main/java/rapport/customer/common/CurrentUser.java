package rapport.customer.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** Who is calling: the user name of the verified token ({@code upn}), recorded as agent, voider, eraser. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public String name() {
        return identity.getPrincipal().getName();
    }

    /** The agent a request names, or the caller when it names none. */
    public String agentOr(String named) {
        return named == null || named.isBlank() ? name() : named.strip();
    }
}
