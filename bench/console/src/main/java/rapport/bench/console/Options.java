package rapport.bench.console;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** Command-line options of the console benchmark; see {@link #USAGE}. */
record Options(URI console, URI issuer, URI customers, URI feedback, URI kpis, String team, String user,
        String password, int requests, int warmup, boolean bearer) {

    static final String USAGE = """
            ./rapport bench console [options]   (after ./rapport up and ./rapport demo)
              --console URL           [http://127.0.0.1:8080]
              --issuer URL            [http://127.0.0.1:8180/realms/rapport]
              --customer-service URL  [http://127.0.0.1:8081]   --feedback-service URL [http://127.0.0.1:8082]
              --kpi-service URL       [http://127.0.0.1:8083]
              --team TEAM [demo]      --user USER [demo-agent]   --password P [demo]
              --requests N [200]      requests of each page, and of each API call, measured
              --warmup N [20]         rounds before measuring (JIT, connection pools, caches)
              --bearer true|false [false]  pages with the bearer token instead of a signed-in session: to compare
                                      a console build on another port (whose address Keycloak's client does not
                                      list), started with QUARKUS_OIDC_APPLICATION_TYPE=hybrid
            Signs in on Keycloak's login form, then in each round asks every page once and every API call its
            pages make once, one request at a time.""";

    static Options parse(String[] args) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("console", "http://127.0.0.1:8080");
        values.put("issuer", "http://127.0.0.1:8180/realms/rapport");
        values.put("customer-service", "http://127.0.0.1:8081");
        values.put("feedback-service", "http://127.0.0.1:8082");
        values.put("kpi-service", "http://127.0.0.1:8083");
        values.put("team", "demo");
        values.put("user", "demo-agent");
        values.put("password", "demo");
        values.put("requests", "200");
        values.put("warmup", "20");
        values.put("bearer", "false");
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i].equals("--help") ? "" : "expected --option value at " + args[i]);
            }
            String name = args[i].substring(2);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            values.put(name, args[++i]);
        }
        int requests = Integer.parseInt(values.get("requests"));
        int warmup = Integer.parseInt(values.get("warmup"));
        if (requests < 1 || warmup < 0) {
            throw new IllegalArgumentException("--requests must be at least 1 and --warmup at least 0");
        }
        return new Options(uri(values.get("console")), URI.create(values.get("issuer").replaceAll("/+$", "")),
                uri(values.get("customer-service")), uri(values.get("feedback-service")), uri(values.get("kpi-service")),
                values.get("team"), values.get("user"), values.get("password"), requests, warmup,
                Boolean.parseBoolean(values.get("bearer")));
    }

    private static URI uri(String value) {
        return URI.create(value.endsWith("/") ? value : value + "/");
    }
}
