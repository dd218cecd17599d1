package rapport.console.shell;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The signed-in user as the services see them: user name, realm roles and teams from the access token (the token
 * the console sends on; quarkus-oidc has verified it). Agents and admins may change things, assessors only read.
 */
@RequestScoped
public class ConsoleUser {

    public static final String AGENT = "agent";
    public static final String ASSESSOR = "assessor";
    public static final String ADMIN = "admin";
    /** A team id as the services accept it. */
    public static final Pattern TEAM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SecurityIdentity identity;

    private JsonNode claims;

    private JsonNode claims() {
        if (claims == null) {
            AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
            claims = token == null ? JSON.createObjectNode() : payload(token.getToken());
        }
        return claims;
    }

    static JsonNode payload(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException("the access token's payload is not JSON", e);
        }
    }

    /** The user name the services record as agent ({@code preferred_username}). */
    public String name() {
        String name = claims().path("preferred_username").asText("");
        return name.isEmpty() ? identity.getPrincipal().getName() : name;
    }

    /** The name to greet the user with. */
    public String displayName() {
        String name = claims().path("name").asText("");
        return name.isEmpty() ? name() : name;
    }

    /** The {@code teams} claim, in the token's order. */
    public List<String> teams() {
        Set<String> teams = new LinkedHashSet<>();
        JsonNode claim = claims().path("teams");
        if (claim.isArray()) {
            claim.forEach(t -> teams.add(t.asText()));
        } else if (claim.isTextual()) {
            teams.add(claim.asText());
        }
        return List.copyOf(teams);
    }

    public boolean isAdmin() {
        return identity.hasRole(ADMIN);
    }

    /** Agents and admins record contacts and change things; assessors read only. */
    public boolean canWrite() {
        return identity.hasRole(AGENT) || isAdmin();
    }

    /** The role shown beside the user's name. */
    public String role() {
        return isAdmin() ? ADMIN : identity.hasRole(AGENT) ? AGENT : identity.hasRole(ASSESSOR) ? ASSESSOR : "no role";
    }

    /** Whether the services will answer this user for {@code team}: a member, or an admin. */
    public boolean mayOpen(String team) {
        return isAdmin() || teams().contains(team);
    }
}
