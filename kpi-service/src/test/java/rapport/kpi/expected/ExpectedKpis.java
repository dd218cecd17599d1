package rapport.kpi.expected;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import rapport.kpi.expected.TeamHistory.Contact;
import rapport.kpi.expected.TeamHistory.Invitation;
import rapport.kpi.expected.TeamHistory.Promise;
import rapport.kpi.expected.TeamHistory.Response;

/**
 * The KPIs of docs/kpi-definitions.md computed straight from a {@link TeamHistory} for a period of the team's
 * calendar, written from the spec's text for the scenario tests only (it does not call
 * rapport.kpi.maths). Each value: numerator, n and the value. The team's settings are the
 * defaults: repeat window 7 days, complaint target 72 hours.
 */
public final class ExpectedKpis {

    public record Value(double numerator, long n, Double value) {
    }

    private static final Duration W = Duration.ofDays(7);
    private static final Comparator<Contact> ORDER = Comparator.comparing(Contact::occurredAt)
            .thenComparing(Contact::loggedAt).thenComparingLong(Contact::sequence);

    private final TeamHistory history;
    private final Instant start;
    private final Instant end;
    private final Instant previousStart;
    private final Instant now;
    private final Predicate<String> agent;

    /** The KPIs of {@code [from, to)} in {@code zone} as known at {@code now}, of one agent or (null) the team. */
    public ExpectedKpis(TeamHistory history, LocalDate from, LocalDate to, ZoneId zone, Instant now,
            String agentFilter) {
        this.history = history;
        this.start = from.atStartOfDay(zone).toInstant();
        this.end = to.atStartOfDay(zone).toInstant();
        long days = ChronoUnit.DAYS.between(from, to);
        this.previousStart = from.minusDays(days).atStartOfDay(zone).toInstant();
        this.now = now;
        this.agent = a -> agentFilter == null || agentFilter.equals(a);
    }

    private boolean inPeriod(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    private Map<UUID, List<Contact>> byCustomer() {
        return history.contacts.stream().filter(c -> !c.voided())
                .collect(Collectors.groupingBy(Contact::customer, Collectors.collectingAndThen(Collectors.toList(),
                        l -> l.stream().sorted(ORDER).toList())));
    }

    /** Openers: the first non-voided contact of each case in the order. */
    private Map<UUID, Contact> openers() {
        Map<UUID, Contact> openers = new HashMap<>();
        byCustomer().values().forEach(list -> list.forEach(c -> openers.putIfAbsent(c.caseId(), c)));
        return openers;
    }

    /** Cases whose opening contact is INBOUND and in the period, by their openers. */
    private List<Contact> eligibleOpeners() {
        return openers().values().stream().filter(o -> "INBOUND".equals(o.direction()) && inPeriod(o.occurredAt())
                && agent.test(o.agent())).toList();
    }

    public Value fcr() {
        Map<UUID, List<Contact>> ordered = byCustomer();
        Set<Contact> openers = new HashSet<>(openers().values());
        List<Contact> eligible = eligibleOpeners();
        long firstTime = eligible.stream().filter(o -> "RESOLVED".equals(o.outcome())
                && !hasRepeat(o, ordered.get(o.customer()), openers)).count();
        return share(firstTime, eligible.size());
    }

    /** Eligible cases whose repeat window [opener, opener + W) has not closed at {@code now}. */
    public long fcrProvisional() {
        return eligibleOpeners().stream().filter(o -> now.isBefore(o.occurredAt().plus(W))).count();
    }

    /** A later INBOUND contact of the customer within W, in the same case or opening a case of the same category. */
    private static boolean hasRepeat(Contact opener, List<Contact> ordered, Set<Contact> openers) {
        for (Contact later : ordered.subList(ordered.indexOf(opener) + 1, ordered.size())) {
            boolean sameCase = later.caseId().equals(opener.caseId());
            boolean newCaseSameCategory = openers.contains(later) && later.category().equals(opener.category());
            if ("INBOUND".equals(later.direction()) && later.occurredAt().isBefore(opener.occurredAt().plus(W))
                    && (sameCase || newCaseSameCategory)) {
                return true;
            }
        }
        return false;
    }

    /** retention, churn, crr and new customers, in that order. */
    public List<Value> retention() {
        Set<UUID> active = new HashSet<>();
        Set<UUID> previous = new HashSet<>();
        Map<UUID, Instant> firstEver = new HashMap<>();
        for (Contact c : history.contacts) {
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

    private List<Response> responses(Function<Response, Integer> score) {
        return history.responses.stream().filter(r -> inPeriod(r.submittedAt()) && agent.test(r.agent())
                && score.apply(r) != null).toList();
    }

    public Value nps() {
        List<Response> answers = responses(Response::nps);
        long promoters = answers.stream().filter(r -> r.nps() >= 9).count();
        long detractors = answers.stream().filter(r -> r.nps() <= 6).count();
        return new Value(promoters - detractors, answers.size(),
                answers.isEmpty() ? null : 100.0 * (promoters - detractors) / answers.size());
    }

    public double npsMargin() {
        List<Response> answers = responses(Response::nps);
        double n = answers.size();
        double p = answers.stream().filter(r -> r.nps() >= 9).count() / n;
        double d = answers.stream().filter(r -> r.nps() <= 6).count() / n;
        return 1.96 * 100 * Math.sqrt((p + d - (p - d) * (p - d)) / n);
    }

    public Value csat() {
        List<Response> answers = responses(Response::csat);
        return share(answers.stream().filter(r -> r.csat() >= 4).count(), answers.size());
    }

    /** Wilson score interval in percent, z = 1.959963984540054. */
    public double[] csatWilson() {
        Value csat = csat();
        double z = 1.959963984540054;
        double n = csat.n();
        double p = csat.numerator() / n;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return new double[] { 100 * (centre - half), 100 * (centre + half) };
    }

    public Value mean(Function<Response, Integer> score) {
        List<Integer> values = responses(score).stream().map(score).toList();
        double sum = values.stream().mapToInt(Integer::intValue).sum();
        return new Value(sum, values.size(), values.isEmpty() ? null : sum / values.size());
    }

    public Value cesEasy() {
        List<Response> answers = responses(Response::ces);
        return share(answers.stream().filter(r -> r.ces() >= 5).count(), answers.size());
    }

    public Value responseRate() {
        Set<UUID> answered = history.responses.stream().map(Response::invitation).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        List<Invitation> sent = history.invitations.stream()
                .filter(i -> inPeriod(i.sentAt()) && agent.test(i.agent())).toList();
        return share(sent.stream().filter(i -> answered.contains(i.id())).count(), sent.size());
    }

    /** Hours to resolve of the complaint cases whose first RESOLVED contact is in the period, with all-steps flags. */
    private Map<UUID, Double> complaintHours() {
        Map<UUID, Contact> openers = openers();
        Map<UUID, Double> hours = new LinkedHashMap<>();
        for (List<Contact> list : byCustomer().values()) {
            Map<UUID, Instant> resolvedAt = new HashMap<>();
            list.stream().filter(c -> "RESOLVED".equals(c.outcome()))
                    .forEach(c -> resolvedAt.putIfAbsent(c.caseId(), c.occurredAt()));
            resolvedAt.forEach((caseId, at) -> {
                Contact opener = openers.get(caseId);
                if ("COMPLAINT".equals(opener.category()) && inPeriod(at) && agent.test(opener.agent())) {
                    hours.put(caseId, Duration.between(opener.occurredAt(), at).toMillis() / 3_600_000.0);
                }
            });
        }
        return hours;
    }

    /** median, p90, within 72 h, all four steps. */
    public List<Value> complaints() {
        Map<UUID, Double> hours = complaintHours();
        double[] sorted = hours.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        Double median = n == 0 ? null : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        Double p90 = n == 0 ? null : sorted[(int) Math.ceil(0.9 * n) - 1];
        long within = hours.values().stream().filter(h -> h <= 72).count();
        Map<UUID, Set<String>> steps = new HashMap<>();
        history.steps.forEach(s -> steps.computeIfAbsent(s.caseId(), k -> new HashSet<>()).add(s.step()));
        long allFour = hours.keySet().stream().filter(c -> steps.getOrDefault(c, Set.of()).size() == 4).count();
        return List.of(new Value(0, n, median), new Value(0, n, p90), share(within, n), share(allFour, n));
    }

    public Value promiseKeeping() {
        List<Promise> counted = history.promises.stream()
                .filter(p -> inPeriod(p.dueAt()) && agent.test(p.agent()))
                .filter(p -> p.completedAt() != null || p.dueAt().isBefore(now)).toList();
        return share(counted.stream().filter(p -> p.completedAt() != null && !p.completedAt().isAfter(p.dueAt()))
                .count(), counted.size());
    }

    public Value aht() {
        List<Integer> minutes = history.contacts.stream().filter(c -> !c.voided() && inPeriod(c.occurredAt())
                && c.minutes() != null && agent.test(c.agent())).map(Contact::minutes).toList();
        double sum = minutes.stream().mapToInt(Integer::intValue).sum();
        return new Value(sum, minutes.size(), minutes.isEmpty() ? null : sum / minutes.size());
    }

    private static Value share(long numerator, long n) {
        return new Value(numerator, n, n == 0 ? null : 100.0 * numerator / n);
    }
}
