package rapport.launcher;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which components a command acts on: all of them, or those listed with {@code --only}. */
record Selection(Set<String> names) {

    static final List<String> SERVICES = List.of("customer-service", "feedback-service", "kpi-service");
    /** Components that run as processes started by the launcher, in start order. */
    static final List<String> PROCESSES = List.of("kafka", "keycloak", "customer-service", "feedback-service",
            "kpi-service", "web-console");
    /** Everything `up` knows, in start order. */
    static final List<String> ALL = List.of("postgres", "kafka", "keycloak", "customer-service", "feedback-service",
            "kpi-service", "web-console");

    static Selection all() {
        return new Selection(new LinkedHashSet<>(ALL));
    }

    /** Parses {@code --only} values; {@code services} stands for the three services. */
    static Selection of(List<String> only) {
        if (only.isEmpty()) {
            return all();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : only) {
            if (name.equals("services")) {
                names.addAll(SERVICES);
            } else if (ALL.contains(name)) {
                names.add(name);
            } else {
                throw new UsageException("unknown component: " + name + " (valid: " + String.join(", ", ALL)
                        + ", services)");
            }
        }
        return new Selection(names);
    }

    boolean includes(String name) {
        return names.contains(name);
    }

    /** The selected names in start order. */
    List<String> inStartOrder() {
        List<String> ordered = new ArrayList<>(ALL);
        ordered.retainAll(names);
        return ordered;
    }

    /** The selected process components in stop order: the console and the services first, then Keycloak, then Kafka. */
    List<String> processesInStopOrder() {
        List<String> ordered = new ArrayList<>(PROCESSES.reversed());
        ordered.retainAll(names);
        return ordered;
    }
}
