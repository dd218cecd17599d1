package rapport.kpi.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The KPIs of SPEC §5 computed straight from the generated month, written from the spec's text for
 * this test only (it does not call rapport.kpi.maths). Each value: numerator, n and the value.
 */
final class Expected {

    record Value(double numerator, long n, Double value) {
    }

    private static final Duration W = Duration.ofDays(7);
    private static final Comparator<Month.Contact> ORDER = Comparator.comparing(Month.Contact::occurredAt)
            .thenComparing(Month.Contact::loggedAt).thenComparingLong(Month.Contact::sequence);

    private final Month month;
    private final Instant start;
    private final Instant end;
    private final Instant previousStart;
    private final Instant now;
    private final Predicate<String> agent;

    Expected(Month month, Instant now, String agentFilter) {
        this.month = month;
        this.start = month.from.atStartOfDay(month.zone).toInstant();
        this.end = month.to.atStartOfDay(month.zone).toInstant();
        long days = java.time.temporal.ChronoUnit.DAYS.between(month.from, month.to);
        this.previousStart = month.from.minusDays(days).atStartOfDay(month.zone).toInstant();
        this.now = now;
        this.agent = a -> agentFilter == null || agentFilter.equals(a);
    }

    private boolean inPeriod(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    private Map<UUID, List<Month.Contact>> byCustomer() {
        return month.contacts.stream().filter(c -> !c.voided())
                .collect(Collectors.groupingBy(Month.Contact::customer, Collectors.collectingAndThen(Collectors.toList(),
                        l -> l.stream().sorted(ORDER).toList())));
    }

    /** Openers: the first non-voided contact of each case in the order. */
    private Map<UUID, Month.Contact> openers() {
        Map<UUID, Month.Contact> openers = new HashMap<>();
        byCustomer().values().forEach(list -> list.forEach(c -> openers.putIfAbsent(c.caseId(), c)));
        return openers;
    }

    Value fcr() {
        Map<UUID, Month.Contact> openers = openers();
        Set<Month.Contact> openerSet = new HashSet<>(openers.values());
        long eligible = 0;
        long firstTime = 0;
        for (List<Month.Contact> list : byCustomer().values()) {
            for (int i = 0; i < list.size(); i++) {
                Month.Contact opener = list.get(i);
                if (!openerSet.contains(opener) || !"INBOUND".equals(opener.direction())
                        || !inPeriod(opener.occurredAt()) || !agent.test(opener.agent())) {
                    continue;
                }
                eligible++;
                boolean repeat = false;
                for (int j = i + 1; j < list.size(); j++) {
                    Month.Contact later = list.get(j);
                    boolean sameCase = later.caseId().equals(opener.caseId());
                    boolean newCaseSameCategory = openerSet.contains(later)
                            && later.category().equals(opener.category());
                    if ("INBOUND".equals(later.direction()) && later.occurredAt().isBefore(opener.occurredAt().plus(W))
                            && (sameCase || newCaseSameCategory)) {
                        repeat = true;
                    }
                }
                if ("RESOLVED".equals(opener.outcome()) && !repeat) {
                    firstTime++;
                }
            }
        }
        return share(firstTime, eligible);
    }

    /** retention, churn, crr and new customers, in that order. */
    List<Value> retention() {
        Set<UUID> active = new HashSet<>();
        Set<UUID> previous = new HashSet<>();
        Map<UUID, Instant> firstEver = new HashMap<>();
        for (Month.Contact c : month.contacts) {
            if (c.voided() || "NO_RESPONSE".equals(c.outcome()) || !agent.test(c.agent())) {
                continue;
            }
            firstEver.merge(c.customer(), c.occurredAt(), (a, b) -> a.isBefore(b) ? a : b);
            if (inPeriod(c.occurredAt())) {
                active.add(c.customer());
            } else if (!c.occurredAt().isBefore(previousStart) && c.occurredAt().isBefore(start)) {
                previous.add(c.customer());
            }
        }
        long retained = previous.stream().filter(active::contains).count();
        long fresh = active.stream().filter(c -> inPeriod(firstEver.get(c))).count();
        return List.of(share(retained, previous.size()), share(previous.size() - retained, previous.size()),
                share(active.size() - fresh, previous.size()), new Value(fresh, active.size(), (double) fresh));
    }

    private List<Month.Response> responses(Function<Month.Response, Integer> score) {
        return month.responses.stream().filter(r -> inPeriod(r.submittedAt()) && agent.test(r.agent())
                && score.apply(r) != null).toList();
    }

    Value nps() {
        List<Month.Response> answers = responses(Month.Response::nps);
        long promoters = answers.stream().filter(r -> r.nps() >= 9).count();
        long detractors = answers.stream().filter(r -> r.nps() <= 6).count();
        return new Value(promoters - detractors, answers.size(),
                answers.isEmpty() ? null : 100.0 * (promoters - detractors) / answers.size());
    }

    double npsMargin() {
        List<Month.Response> answers = responses(Month.Response::nps);
        double n = answers.size();
        double p = answers.stream().filter(r -> r.nps() >= 9).count() / n;
        double d = answers.stream().filter(r -> r.nps() <= 6).count() / n;
        return 1.96 * 100 * Math.sqrt((p + d - (p - d) * (p - d)) / n);
    }

    Value csat() {
        List<Month.Response> answers = responses(Month.Response::csat);
        return share(answers.stream().filter(r -> r.csat() >= 4).count(), answers.size());
    }

    /** Wilson score interval in percent, z = 1.959963984540054. */
    double[] csatWilson() {
        Value csat = csat();
        double z = 1.959963984540054;
        double n = csat.n();
        double p = csat.numerator() / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return new double[] { 100 * (centre - half), 100 * (centre + half) };
    }

    Value mean(Function<Month.Response, Integer> score) {
        List<Integer> values = responses(score).stream().map(score).toList();
        double sum = values.stream().mapToInt(Integer::intValue).sum();
        return new Value(sum, values.size(), values.isEmpty() ? null : sum / values.size());
    }

    Value cesEasy() {
        List<Month.Response> answers = responses(Month.Response::ces);
        return share(answers.stream().filter(r -> r.ces() >= 5).count(), answers.size());
    }

    Value responseRate() {
        Set<UUID> answered = month.responses.stream().map(Month.Response::invitation).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Month.Invitation> sent = month.invitations.stream()
                .filter(i -> inPeriod(i.sentAt()) && agent.test(i.agent())).toList();
        return share(sent.stream().filter(i -> answered.contains(i.id())).count(), sent.size());
    }

    /** Hours to resolve of the complaint cases whose first RESOLVED contact is in the period, with all-steps flags. */
    private Map<UUID, Double> complaintHours() {
        Map<UUID, Month.Contact> openers = openers();
        Map<UUID, Double> hours = new LinkedHashMap<>();
        for (List<Month.Contact> list : byCustomer().values()) {
            Map<UUID, Instant> resolvedAt = new HashMap<>();
            list.stream().filter(c -> "RESOLVED".equals(c.outcome()))
                    .forEach(c -> resolvedAt.putIfAbsent(c.caseId(), c.occurredAt()));
            resolvedAt.forEach((caseId, at) -> {
                Month.Contact opener = openers.get(caseId);
                if ("COMPLAINT".equals(opener.category()) && inPeriod(at) && agent.test(opener.agent())) {
                    hours.put(caseId, Duration.between(opener.occurredAt(), at).toMillis() / 3_600_000.0);
                }
            });
        }
        return hours;
    }

    /** median, p90, within 72 h, all four steps. */
    List<Value> complaints() {
        Map<UUID, Double> hours = complaintHours();
        double[] sorted = hours.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        Double median = n == 0 ? null : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        Double p90 = n == 0 ? null : sorted[(int) Math.ceil(0.9 * n) - 1];
        long within = hours.values().stream().filter(h -> h <= 72).count();
        Map<UUID, Set<String>> steps = new HashMap<>();
        month.steps.forEach(s -> steps.computeIfAbsent(s.caseId(), k -> new HashSet<>()).add(s.step()));
        long allFour = hours.keySet().stream().filter(c -> steps.getOrDefault(c, Set.of()).size() == 4).count();
        return List.of(new Value(0, n, median), new Value(0, n, p90), share(within, n), share(allFour, n));
    }

    Value promiseKeeping() {
        List<Month.Promise> counted = month.promises.stream()
                .filter(p -> inPeriod(p.dueAt()) && agent.test(p.agent()))
                .filter(p -> p.completedAt() != null || p.dueAt().isBefore(now)).toList();
        return share(counted.stream().filter(p -> p.completedAt() != null && !p.completedAt().isAfter(p.dueAt()))
                .count(), counted.size());
    }

    Value aht() {
        List<Integer> minutes = month.contacts.stream().filter(c -> !c.voided() && inPeriod(c.occurredAt())
                && c.minutes() != null && agent.test(c.agent())).map(Month.Contact::minutes).toList();
        double sum = minutes.stream().mapToInt(Integer::intValue).sum();
        return new Value(sum, minutes.size(), minutes.isEmpty() ? null : sum / minutes.size());
    }

    private static Value share(long numerator, long n) {
        return new Value(numerator, n, n == 0 ? null : 100.0 * numerator / n);
    }
}
