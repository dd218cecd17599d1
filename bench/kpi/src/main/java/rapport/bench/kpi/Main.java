package rapport.bench.kpi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import rapport.testing.TestKafka;
import rapport.testing.TestTokens;

/**
 * kpi-service benchmark: load, query latency, rebuild rate. Bounded: a fixed number of sequential
 * requests and one rebuild, all on this machine (127.0.0.1), then it stops everything it started.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Options o = Options.parse(args);
        if (o.help) {
            System.out.println(Options.USAGE);
            return;
        }
        String jdbc = o.server + o.database;
        if (!o.skipLoad) {
            recreateDatabase(o);
        }
        String kafka = TestKafka.bootstrapServers();
        List<String> report = new ArrayList<>();
        report.add("| measurement | value |");
        report.add("|---|---|");
        Path out = outputDirectory();
        Path log = out.resolve("kpi-service-bench.log");
        try (KpiProcess kpi = new KpiProcess(Path.of(o.jar), o.port, jdbc, kafka, log)) {
            if (!o.skipLoad) {
                DataGenerator generator = new DataGenerator(jdbc, o.user, o.password);
                long start = System.nanoTime();
                long[] rows = generator.load(o.interactions, o.teams, o.big);
                double loadSeconds = (System.nanoTime() - start) / 1e9;
                generator.analyze();
                report.add(String.format(Locale.UK, "| loaded | %,d interactions, %,d cases, %,d responses, %,d "
                        + "invitations, %,d customers in %.0f s (+ vacuum analyze) |", rows[0], rows[1], rows[2],
                        rows[3], rows[4], loadSeconds));
            }
            String team = DataGenerator.teamId(0);
            String token = TestTokens.agent(team).mint();
            String period = "from=" + o.from + "&to=" + o.to;
            String api = kpi.baseUrl + "/api/teams/" + team;
            HttpLatency http = new HttpLatency();
            for (HttpLatency.Result r : List.of(
                    http.measure("quarter summary (all 22 KPIs)", api + "/kpis?" + period, token, o.warmUp, o.requests),
                    http.measure("weekly series, fcr", api + "/kpis/fcr/series?bucket=week&" + period, token,
                            o.warmUp, o.requests),
                    http.measure("weekly series, retention", api + "/kpis/retention/series?bucket=week&" + period,
                            token, o.warmUp, o.requests),
                    http.measure("weekly series, nps", api + "/kpis/nps/series?bucket=week&" + period, token,
                            o.warmUp, o.requests))) {
                report.add(String.format(Locale.UK, "| %s, %d requests | p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms (%,d bytes) |", r.name(), r.count(), r.p50(), r.p95(), r.p99(), r.max(),
                        r.bodyBytes()));
                System.out.println(report.getLast());
            }
            if (o.rebuildEvents > 0) {
                RebuildRate rebuild = new RebuildRate(kafka);
                rebuild.produce(o.rebuildEvents, Math.max(1, o.rebuildEvents / 8));
                String[] kafkaReport = rebuild.kafkaConsumerPerformance(o.rebuildEvents);
                report.add("| Kafka ConsumerPerformance, " + o.rebuildEvents + " records | `" + kafkaReport[1]
                        + "` (columns: `" + kafkaReport[0] + "`) |");
                double[] rebuilt = rebuild.rebuild(kpi.baseUrl, TestTokens.admin().mint());
                report.add(String.format(Locale.UK, "| kpi-service rebuild, %,.0f events | %.1f s, %,.0f events/s |",
                        rebuilt[0], rebuilt[1], rebuilt[0] / rebuilt[1]));
            }
        }
        String text = String.join("\n", report);
        Files.writeString(out.resolve("kpi-bench-results.md"), text + "\n");
        System.out.println(text);
        System.exit(0);
    }

    /** The folder the harness jar is in (bench/kpi/target), for its log and results. */
    private static Path outputDirectory() throws Exception {
        Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = Files.isDirectory(jar) ? jar : jar.getParent();
        Files.createDirectories(dir);
        return dir;
    }

    private static void recreateDatabase(Options o) throws Exception {
        try (Connection admin = DriverManager.getConnection(o.server + "postgres", o.user, o.password);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + o.database + " with (force)");
            statement.execute("create database " + o.database);
        }
    }
}
