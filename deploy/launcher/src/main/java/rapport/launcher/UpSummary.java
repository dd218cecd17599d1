package rapport.launcher;

import java.io.PrintStream;

/** What `up` prints at the end: where everything is and how to call it. */
final class UpSummary {

    private final LauncherConfig config;
    private final Selection selection;
    private final PrintStream out;

    UpSummary(LauncherConfig config, Selection selection, PrintStream out) {
        this.config = config;
        this.selection = selection;
        this.out = out;
    }

    void print() {
        out.println();
        if (selection.includes(Services.CONSOLE.name())) {
            out.printf("%-17s http://127.0.0.1:%d  (open it in a browser)%n", "Web console", Services.CONSOLE.port());
            if (config.startsKeycloak()) {
                out.printf("%-17s demo-agent, demo-assessor or demo-admin, password demo (team demo)%n", "  sign in as");
            }
        }
        for (Services.Spec spec : Services.ALL) {
            if (selection.includes(spec.name())) {
                String base = "http://127.0.0.1:" + spec.port();
                out.printf("%-17s API        %s/api%n", spec.name(), base);
                out.printf("%-17s Swagger UI %s/q/swagger-ui%n", "", base);
                out.printf("%-17s OpenAPI    %s/q/openapi%n", "", base);
                out.printf("%-17s Health     %s/q/health%n", "", base);
                out.printf("%-17s Metrics    %s/q/metrics%n", "", base);
            }
        }
        if (selection.includes("postgres")) {
            out.printf("%-17s %s  databases %s (user %s)%n", "PostgreSQL", config.pgUrl().withDatabase(""),
                    String.join(", ", Services.databases()), config.pgUser());
        }
        if (selection.includes("kafka")) {
            out.printf("%-17s %s%n", "Kafka bootstrap", config.kafkaBootstrap());
        }
        if (selection.includes("keycloak")) {
            out.printf("%-17s %s%n", "OIDC issuer", config.issuer());
            if (config.startsKeycloak()) {
                out.printf("%-17s %s/admin/  (user %s, password %s: RAPPORT_KEYCLOAK_ADMIN[_PASSWORD])%n",
                        "Keycloak admin", Keycloak.BASE_URL, config.keycloakAdmin(), config.keycloakAdminPassword());
                out.printf("%-17s demo-agent, demo-assessor, demo-admin (team demo, password demo)%n",
                        "Demo users");
            }
        }
        out.println();
        out.println("Logs:    " + config.paths().show(config.paths().logsDir())
                + "/NAME.log   (./rapport logs NAME -f)");
        out.println("Status:  ./rapport status        Stop: ./rapport down");
        out.println("Token:   ./rapport token --user alice --team demo --role agent");
        out.println("Example: curl -H \"Authorization: Bearer"
                + " $(./rapport token --user alice --team demo --role agent)\""
                + " http://127.0.0.1:8083/api/teams/demo/kpis/summary");
    }
}
