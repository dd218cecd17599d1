package rapport.bench.kpi;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import rapport.kpi.maths.CaseFacts;
import rapport.kpi.maths.CaseTimeline;
import rapport.kpi.maths.Contact;
import rapport.kpi.maths.Direction;
import rapport.kpi.maths.Outcome;

/**
 * Writes a year of read-model rows for many teams straight into kpi-service's tables with COPY:
 * customers, interactions, the cases kpi-service would derive from them (rapport.kpi.maths.CaseTimeline),
 * complaint steps, promises, invitations and responses. Seeded, so every run loads the same data.
 */
final class DataGenerator {

    static final Instant YEAR_START = Instant.parse("2025-10-01T00:00:00Z");
    static final Instant YEAR_END = Instant.parse("2026-10-01T00:00:00Z");
    private static final String[] AGENTS = { "ann", "bob", "cat", "dan", "eve", "fay" };
    private static final String[] CHANNELS = { "PHONE", "PHONE", "EMAIL", "CHAT", "FACE_TO_FACE", "SOCIAL", "VIDEO" };
    private static final String[] CATEGORIES = { "ENQUIRY", "ENQUIRY", "REQUEST", "COMPLAINT", "SALE", "COMPLIMENT",
        "OTHER" };
    private static final Outcome[] OUTCOMES = { Outcome.RESOLVED, Outcome.RESOLVED, Outcome.RESOLVED,
        Outcome.FOLLOW_UP_REQUIRED, Outcome.ESCALATED, Outcome.REFERRED, Outcome.INFO_ONLY, Outcome.NO_RESPONSE };
    private static final String[] STEPS = { "ACKNOWLEDGE", "APOLOGISE", "ACT", "ASSURE" };

    private final Random random = new Random(20261123L);
    private final String url;
    private final String user;
    private final String password;
    private long sequence;
    private Tables tables;

    private record Tables(CopyTable customers, CopyTable interactions, CopyTable cases, CopyTable steps,
            CopyTable promises, CopyTable invitations, CopyTable responses) {
    }

    DataGenerator(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Loads {@code interactions} contacts across {@code teams} teams, {@code big} of them for team bench-00. */
    long[] load(long interactions, int teams, long big) throws Exception {
        try (CopyTable customers = copy("rm_customer", "customer_id,team_id,kind,registered_at");
                CopyTable contacts = copy("rm_interaction", "interaction_id,team_id,customer_id,case_id,agent,"
                        + "occurred_at,logged_at,sequence,channel,direction,category,outcome,duration_minutes,voided,first_active");
                CopyTable cases = copy("rm_case", "case_id,team_id,customer_id,category,opener_interaction_id,opened_at,"
                        + "opener_direction,opener_outcome,opener_agent,opener_channel,status,resolved_at,reopens,"
                        + "next_repeat_at,complaint_steps");
                CopyTable steps = copy("rm_complaint_step", "case_id,step,team_id,recorded_at");
                CopyTable promises = copy("rm_promise", "promise_id,team_id,customer_id,interaction_id,case_id,agent,"
                        + "promised_at,due_at,completed_at");
                CopyTable invitations = copy("rm_invitation", "invitation_id,team_id,customer_id,case_id,agent,channel,"
                        + "sent_at,answered");
                CopyTable responses = copy("rm_response", "response_id,team_id,customer_id,invitation_id,case_id,agent,"
                        + "channel,source,submitted_at,csat,nps,ces,rater_reliability,rater_assurance,rater_tangibles,"
                        + "rater_empathy,rater_responsiveness,comment")) {
            tables = new Tables(customers, contacts, cases, steps, promises, invitations, responses);
            long others = (interactions - big) / (teams - 1);
            for (int t = 0; t < teams; t++) {
                team(teamId(t), t == 0 ? big : others);
            }
            return new long[] { contacts.rows(), cases.rows(), responses.rows(), invitations.rows(), customers.rows() };
        }
    }

    static String teamId(int index) {
        return String.format("bench-%02d", index);
    }

    void analyze() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("vacuum analyze");
        }
    }

    private CopyTable copy(String table, String columns) throws SQLException {
        return new CopyTable(url, user, password, table, columns);
    }

    private void team(String team, long target) throws IOException {
        long written = 0;
        while (written < target) {
            UUID customer = UUID.randomUUID();
            tables.customers().row(customer, team, random.nextInt(10) == 0 ? "INTERNAL" : "EXTERNAL", YEAR_START);
            int quota = (int) Math.min(target - written, 1 + random.nextInt(15));
            List<Contact> contacts = new ArrayList<>();
            while (contacts.size() < quota) {
                addCase(contacts, quota - contacts.size());
            }
            Contact firstActive = contacts.stream().filter(c -> !c.voided() && c.outcome() != Outcome.NO_RESPONSE)
                    .min(Contact.ORDER).orElse(null);
            for (Contact c : contacts) {
                Integer minutes = random.nextInt(5) == 0 ? null : 1 + random.nextInt(40);
                tables.interactions().row(c.id(), team, customer, c.caseId(), c.agent(), c.occurredAt(), c.loggedAt(),
                        c.sequence(), c.channel(), c.direction(), c.category(), c.outcome(), minutes, c.voided(),
                        c == firstActive);
                if (c.outcome() == Outcome.FOLLOW_UP_REQUIRED && !c.voided()) {
                    promise(team, customer, c);
                }
            }
            for (CaseFacts k : CaseTimeline.derive(contacts)) {
                int steps = "COMPLAINT".equals(k.category()) ? random.nextInt(5) : 0;
                tables.cases().row(k.caseId(), team, customer, k.category(), k.openerId(), k.openedAt(),
                        k.openerDirection(), k.openerOutcome(), k.openerAgent(), k.openerChannel(), k.status(),
                        k.resolvedAt(), k.reopens(), k.nextRepeatAt(), steps);
                for (int s = 0; s < steps; s++) {
                    tables.steps().row(k.caseId(), STEPS[s], team, k.openedAt());
                }
                if (k.resolvedAt() != null && random.nextInt(10) < 6) {
                    survey(team, customer, k);
                }
            }
            written += contacts.size();
        }
    }

    private void addCase(List<Contact> contacts, int room) {
        UUID caseId = UUID.randomUUID();
        Instant at = YEAR_START.plusSeconds((long) (random.nextDouble()
                * ChronoUnit.SECONDS.between(YEAR_START, YEAR_END)));
        String category = pick(CATEGORIES);
        int size = Math.min(room, 1 + (random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0));
        for (int i = 0; i < size; i++) {
            boolean inbound = i == 0 ? random.nextInt(20) < 17 : random.nextBoolean();
            contacts.add(new Contact(UUID.randomUUID(), caseId, at, at.plusSeconds(60 + random.nextInt(600)),
                    ++sequence, inbound ? Direction.INBOUND : Direction.OUTBOUND, i == 0 || inbound ? category
                            : "FOLLOW_UP", pick(OUTCOMES), pick(AGENTS), pick(CHANNELS), random.nextInt(50) == 0));
            at = at.plusSeconds(3600 + random.nextInt(10 * 86400));
        }
    }

    private void promise(String team, UUID customer, Contact c) throws IOException {
        Instant due = c.occurredAt().plusSeconds(86400L * (1 + random.nextInt(3)));
        int r = random.nextInt(10);
        Instant completed = r < 6 ? due.minusSeconds(random.nextInt(20 * 3600)) : r < 8
                ? due.plusSeconds(random.nextInt(48 * 3600)) : null;
        tables.promises().row(UUID.randomUUID(), team, customer, c.id(), c.caseId(), c.agent(), c.occurredAt(), due,
                completed);
    }

    private void survey(String team, UUID customer, CaseFacts k) throws IOException {
        UUID invitation = UUID.randomUUID();
        Instant sent = k.resolvedAt().plusSeconds(3600);
        boolean answered = random.nextInt(10) < 5;
        tables.invitations().row(invitation, team, customer, k.caseId(), k.openerAgent(), k.openerChannel(), sent,
                answered);
        if (answered) {
            Instant submitted = sent.plusSeconds(600 + random.nextInt(4 * 86400));
            tables.responses().row(UUID.randomUUID(), team, customer, invitation, k.caseId(), k.openerAgent(),
                    k.openerChannel(), "SURVEY_LINK", submitted, 1 + random.nextInt(5), random.nextInt(11),
                    random.nextInt(3) == 0 ? null : 1 + random.nextInt(7), 1 + random.nextInt(5), 1 + random.nextInt(5),
                    1 + random.nextInt(5), 1 + random.nextInt(5), 1 + random.nextInt(5), null);
        }
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
