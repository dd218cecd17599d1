package rapport.web;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authorization for every {@code /api} endpoint, in one place: a valid bearer token is required
 * (401 otherwise), the caller needs one of the realm roles, assessors may only read, and
 * {@code /api/teams/{teamId}/...} is open only to members of that team (its id in the token's
 * {@code teams} claim) and to admins. Runs after the resource is matched, so path parameters are known;
 * they are checked (a malformed team id, a NUL character) only once the caller is known.
 */
public class TeamAccessFilter {

    static final Pattern TEAM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Void> authorize(ContainerRequestContext request, UriInfo uri) {
        if (!uri.getPath().startsWith("/api/")) {
            RequestParameters.requireStorable(uri);
            return Uni.createFrom().voidItem();
        }
        String teamId = uri.getPathParameters().getFirst("teamId");
        boolean write = !READ_METHODS.contains(request.getMethod());
        return identities.getDeferredIdentity().invoke(identity -> check(identity, teamId, write, uri))
                .replaceWithVoid();
    }

    /** Who is asking comes first: a stranger learns nothing about the request, not even that a parameter is bad. */
    private static void check(SecurityIdentity identity, String teamId, boolean write, UriInfo uri) {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        if (teamId != null && !TEAM_ID.matcher(teamId).matches()) {
            throw ProblemException.invalidField("teamId",
                    "must be 1-63 lower-case letters, digits or hyphens, starting with a letter or digit");
        }
        RequestParameters.requireStorable(uri);
        Set<String> roles = identity.getRoles();
        if (roles.stream().noneMatch(Roles.ALL::contains)) {
            throw new ForbiddenException("your token carries none of the roles agent, assessor or admin");
        }
        boolean admin = roles.contains(Roles.ADMIN);
        if (write && !admin && !roles.contains(Roles.AGENT)) {
            throw new ForbiddenException("assessors have read-only access");
        }
        if (teamId != null && !admin && !teamsOf(identity).contains(teamId)) {
            throw new ForbiddenException("you are not a member of team " + teamId);
        }
    }

    /** The {@code teams} claim: a JSON array of team ids (a single string is accepted too). */
    static Set<String> teamsOf(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Set.of();
        }
        Object claim = jwt.getClaim("teams");
        if (claim instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString())
                    .collect(Collectors.toSet());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toSet());
        }
        if (claim instanceof JsonString single) {
            return Set.of(single.getString());
        }
        if (claim instanceof String single) {
            return Set.of(single);
        }
        return Set.of();
    }
}
