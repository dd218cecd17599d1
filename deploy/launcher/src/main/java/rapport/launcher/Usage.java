package rapport.launcher;

/** The usage text of ./rapport (the shim handles `test`, `chaos`, `build` and `bench` itself). */
final class Usage {

    static final String TEXT = """
            Usage: ./rapport COMMAND [OPTIONS]

            Needs only a JDK 21 or newer (JAVA_HOME, else the newest of /usr/lib/jvm/* and the javac on
            PATH); Maven, Kafka, Keycloak and, when no server answers, PostgreSQL come from Maven Central.

            Commands:
              test [MAVEN_ARGS]   build and run every test (./mvnw verify) after prepare-tests
              chaos [MAVEN_ARGS]  build and run only the fault tests (a service killed during a rebuild, ...;
                                  docs/reliability.md), which `test` leaves out for their length
              build               build what is out of date (what `up` does first), one line per module
              up [--only LIST]    build what is out of date, then start PostgreSQL, Kafka, Keycloak, the three
                                  services and the web console (http://127.0.0.1:8080) on this machine, create the databases and wait until all are healthy.
                                  PostgreSQL: the server of RAPPORT_PG_URL; else the one answering on
                                  127.0.0.1:RAPPORT_PG_PORT; else an embedded PostgreSQL %s started there
                                  (data in .rapport/data/postgres, kept across down and up).
                                  LIST is comma-separated from:
                                    %s
              down [--only LIST]  stop what `up` started: console and services, then Keycloak, Kafka, the embedded PostgreSQL
                                  (a server ./rapport did not start is left alone)
              status              one line per component: running or stopped, pid, port, health
              logs NAME [-f]      print .rapport/logs/NAME.log (-f: keep following); NAME is one of:
                                    %s
              token --user USER --team TEAM [--team TEAM2] --role ROLE
                                  create or update USER in the local Keycloak realm `rapport` with the teams
                                  (repeat or comma-separate) and ROLE (agent, assessor or admin) and print only an
                                  access token, e.g.
                                  curl -H "Authorization: Bearer $(./rapport token --user alice --team demo \\
                                    --role agent)" http://127.0.0.1:8083/api/teams/demo/kpis/summary
              demo [--team TEAM] [--seed N] [--customer-service URL] [--feedback-service URL] [--kpi-service URL]
                                  load the demo placement (a garage's service desk: 3 learners, 300 customers, 13
                                  weeks of contacts, complaints, promises, survey answers, 2 improvement actions)
                                  through the services' APIs; TEAM defaults to demo, N to 1, the URLs to the local
                                  services. Running it again adds nothing. The learners jordan.reid, priya.nair and
                                  callum.ward (password demo) are made members of TEAM in the local Keycloak.
              dead-letters [list|replay] [--group GROUP]
                                  list the events consumers could not process (rapport.dlq.GROUP: where each came
                                  from, its id, type and error; never its content), or, after fixing the cause,
                                  replay them to the topics they came from (each once; consumers that had applied
                                  an event skip it). GROUP: feedback-service or kpi-service; default all
              prepare-tests       say which PostgreSQL the tests use, then install (as root, with apt-get) the
                                  Debian packages tests drive: chromium, chromium-driver, poppler-utils
              bench interactions|kpi|mixed|console|startup [ARGS]
                                  run a benchmark harness on demand (docs/benchmarks.md)
              help                this text

            Environment (defaults in brackets):
              RAPPORT_PG_URL              a PostgreSQL server to use (must answer; nothing is started instead),
                                          e.g. jdbc:postgresql://db.example:5432/
              RAPPORT_PG_PORT [5432]      without RAPPORT_PG_URL: the local port where a running server is used,
                                          or where the embedded PostgreSQL listens
              RAPPORT_PG_USER [postgres]  RAPPORT_PG_PASSWORD []
              RAPPORT_KAFKA_BOOTSTRAP     use this Kafka instead of starting one on 127.0.0.1:9092
              RAPPORT_OIDC_ISSUER         use this issuer instead of starting Keycloak
                                          [http://127.0.0.1:8180/realms/rapport]
              RAPPORT_KEYCLOAK_ADMIN [admin]  RAPPORT_KEYCLOAK_ADMIN_PASSWORD [admin]
              RAPPORT_MAVEN_REPO [https://repo.maven.apache.org/maven2]  where Keycloak is downloaded from
              RAPPORT_SERVICE_JVM [baseline]  tuned: start the services with SerialGC, MALLOC_ARENA_MAX=2 and
                                          the build's class cache, if any (docs/benchmarks/startup.md)
              Tests: RAPPORT_TEST_PG_URL  a server for the tests' databases [127.0.0.1:5432 if it answers, else
                                          an embedded PostgreSQL per test JVM]; RAPPORT_TEST_PG=embedded forces that
            """;

    private Usage() {
    }

    static String text() {
        return TEXT.formatted(rapport.embeddedpg.PostgresBinaries.VERSION, String.join(",", Selection.ALL),
                String.join(", ", Selection.ALL));
    }
}
