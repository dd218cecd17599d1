package rapport.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The answers of a fuzzing run: counts by status and attack, and every answer that broke a rule. */
public final class Report {

    private static final int KEPT = 20;
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final Map<Attack, Integer> byAttack = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();
    private int sent;
    private int violationCount;

    void add(ApiFuzzer.Operation operation, Attack attack, Hostile request, ApiFuzzer.Answer answer) {
        sent++;
        byStatus.merge(answer.status(), 1, Integer::sum);
        byAttack.merge(attack, 1, Integer::sum);
        String broken = broken(attack, answer);
        if (broken != null) {
            violationCount++;
            if (violations.size() < KEPT) {
                violations.add(broken + ": " + attack + " " + operation + " " + request + " -> " + answer.status()
                        + " " + answer.contentType() + " " + abbreviate(answer.body()));
            }
        }
    }

    private static String broken(Attack attack, ApiFuzzer.Answer answer) {
        if (answer.status() < 0 || answer.status() >= 500) {
            return "server error";
        }
        if (answer.status() >= 400 && !answer.isProblem()) {
            return "error without problem+json";
        }
        if (attack.alwaysInvalid() && answer.status() > 0 && answer.status() < 400) {
            return "invalid request accepted";
        }
        return null;
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    public int sent() {
        return sent;
    }

    public int serverErrors() {
        return byStatus.entrySet().stream().filter(e -> e.getKey() < 0 || e.getKey() >= 500)
                .mapToInt(Map.Entry::getValue).sum();
    }

    public int violations() {
        return violationCount;
    }

    /** The first violations, for an assertion message. */
    public List<String> examples() {
        return List.copyOf(violations);
    }

    @Override
    public String toString() {
        return sent + " requests, answers by status " + byStatus + ", by attack " + byAttack + ", " + violationCount
                + " violations";
    }
}
