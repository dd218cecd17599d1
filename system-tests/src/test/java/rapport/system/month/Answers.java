package rapport.system.month;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import rapport.kpi.expected.TeamHistory.Response;

/** A customer's answers, any of them skipped: CSAT, NPS, CES, the five RATER ratings and a comment. */
record Answers(Integer csat, Integer nps, Integer ces, Integer[] rater, String comment) {

    private static final List<String> RATER = List.of("reliability", "assurance", "tangibles", "empathy",
            "responsiveness");

    /** Nine in ten answer CSAT and NPS, seven in ten CES, eight in ten each RATER dimension, three in ten comment. */
    static Answers random(Random random) {
        Integer[] rater = new Integer[RATER.size()];
        for (int i = 0; i < rater.length; i++) {
            rater[i] = score(random, 0.8, 1, 5);
        }
        Integer csat = score(random, 0.9, 1, 5);
        Integer nps = score(random, 0.9, 0, 10);
        Integer ces = score(random, 0.7, 1, 7);
        if (csat == null && nps == null && ces == null && Arrays.stream(rater).allMatch(Objects::isNull)) {
            csat = 1 + random.nextInt(5); // feedback-service takes no answer without a score
        }
        return new Answers(csat, nps, ces, rater, random.nextDouble() < 0.3 ? "Comment number " + random.nextInt(1000)
                : null);
    }

    private static Integer score(Random random, double answered, int lowest, int highest) {
        return random.nextDouble() < answered ? lowest + random.nextInt(highest - lowest + 1) : null;
    }

    /** The {@code answers} object of feedback-service's API. */
    Map<String, Object> body() {
        Map<String, Object> ratings = new HashMap<>();
        for (int i = 0; i < RATER.size(); i++) {
            ratings.put(RATER.get(i), rater[i]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("csat", csat);
        body.put("nps", nps);
        body.put("ces", ces);
        body.put("rater", ratings);
        body.put("comment", comment);
        return body;
    }

    Response response(UUID id, UUID customer, UUID invitation, UUID caseId, String agent, String channel,
            Instant submittedAt) {
        return new Response(id, customer, invitation, caseId, agent, channel, submittedAt, csat, nps, ces, rater,
                comment);
    }
}
