package rapport.bench.kpi;

/** Command-line options of the kpi-service benchmark. */
final class Options {

    static final String USAGE = """
            java -jar bench/kpi/target/rapport-bench-kpi.jar [options]   (run from the repository root)
              --jar PATH             kpi-service runner [kpi-service/target/quarkus-app/quarkus-run.jar]
              --server URL           PostgreSQL server [jdbc:postgresql://127.0.0.1:5432/]
              --database NAME        scratch database, dropped and created [rapport_kpi_bench]
              --user U --password P  [postgres, empty]
              --port N               HTTP port for kpi-service [8093]
              --interactions N       [2000000]   --teams N [50]   --big N (team bench-00) [200000]
              --from D --to D        the quarter measured [2026-07-01, 2026-10-01]
              --requests N           measured requests per endpoint [300]   --warm-up N [50]
              --rebuild-events N     events replayed for the rebuild rate (0: skip) [200000]
              --skip-load            reuse the loaded database""";

    String jar = "kpi-service/target/quarkus-app/quarkus-run.jar";
    String server = "jdbc:postgresql://127.0.0.1:5432/";
    String database = "rapport_kpi_bench";
    String user = "postgres";
    String password = "";
    int port = 8093;
    long interactions = 2_000_000;
    int teams = 50;
    long big = 200_000;
    String from = "2026-07-01";
    String to = "2026-10-01";
    int requests = 300;
    int warmUp = 50;
    int rebuildEvents = 200_000;
    boolean skipLoad;
    boolean help;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--jar" -> o.jar = args[++i];
                case "--server" -> o.server = args[++i];
                case "--database" -> o.database = args[++i];
                case "--user" -> o.user = args[++i];
                case "--password" -> o.password = args[++i];
                case "--port" -> o.port = Integer.parseInt(args[++i]);
                case "--interactions" -> o.interactions = Long.parseLong(args[++i]);
                case "--teams" -> o.teams = Integer.parseInt(args[++i]);
                case "--big" -> o.big = Long.parseLong(args[++i]);
                case "--from" -> o.from = args[++i];
                case "--to" -> o.to = args[++i];
                case "--requests" -> o.requests = Integer.parseInt(args[++i]);
                case "--warm-up" -> o.warmUp = Integer.parseInt(args[++i]);
                case "--rebuild-events" -> o.rebuildEvents = Integer.parseInt(args[++i]);
                case "--skip-load" -> o.skipLoad = true;
                case "--help", "-h" -> o.help = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (value " + value
                        + "); --help lists them");
            }
        }
        return o;
    }
}
