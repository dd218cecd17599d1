package rapport.launcher;

import java.net.URI;

/** A Keycloak issuer URL ({@code BASE/realms/REALM}) split into the server base and the realm, to derive endpoints. */
record IssuerUrl(String base, String realm) {

    static IssuerUrl parse(String issuer) {
        String trimmed = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        int at = trimmed.lastIndexOf("/realms/");
        if (at < 0 || at + "/realms/".length() >= trimmed.length()) {
            throw new LauncherException("not a Keycloak issuer (BASE/realms/REALM): " + issuer);
        }
        return new IssuerUrl(trimmed.substring(0, at), trimmed.substring(at + "/realms/".length()));
    }

    String issuer() {
        return base + "/realms/" + realm;
    }

    URI tokenEndpoint(String realmName) {
        return URI.create(base + "/realms/" + realmName + "/protocol/openid-connect/token");
    }

    /** The admin REST API of this issuer's realm, with a path appended (starting with "/" or empty). */
    URI admin(String path) {
        return URI.create(base + "/admin/realms/" + realm + path);
    }
}
