package rapport.system.month;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import rapport.kpi.expected.TeamHistory.Contact;

/**
 * Each case's status by docs/customer-service.md ("Cases"), recomputed from its contacts whenever one is logged or
 * voided, to
 * know when customer-service publishes {@code case.resolved} (the status becoming RESOLVED) and so
 * when feedback-service invites a consenting customer: once per resolution, numbered 1, 2, ….
 */
final class CaseResolutions {

    private static final Comparator<Contact> CASE_ORDER = Comparator.comparing(Contact::occurredAt)
            .thenComparingLong(Contact::sequence);

    private final Map<UUID, List<Contact>> contactsByCase = new HashMap<>();
    private final Set<UUID> resolved = new HashSet<>();
    private final Map<UUID, Integer> resolutions = new HashMap<>();

    /**
     * Takes a contact as it now stands (logged, or voided); the case's resolution number if it just became RESOLVED,
     * else 0.
     */
    int apply(Contact contact) {
        List<Contact> contacts = contactsByCase.computeIfAbsent(contact.caseId(), k -> new ArrayList<>());
        contacts.removeIf(c -> c.id().equals(contact.id()));
        contacts.add(contact);
        boolean wasResolved = resolved.contains(contact.caseId());
        if (!isResolved(contacts)) {
            resolved.remove(contact.caseId());
            return 0;
        }
        resolved.add(contact.caseId());
        return wasResolved ? 0 : resolutions.merge(contact.caseId(), 1, Integer::sum);
    }

    /**
     * From OPEN, each non-voided contact in order sets the status; a courtesy call (OUTBOUND) without an answer
     * changes nothing.
     */
    private static boolean isResolved(List<Contact> contacts) {
        boolean resolved = false;
        for (Contact c : contacts.stream().filter(c -> !c.voided()).sorted(CASE_ORDER).toList()) {
            switch (c.outcome()) {
                case "RESOLVED" -> resolved = true;
                case "INFO_ONLY", "NO_RESPONSE" -> resolved = resolved && "OUTBOUND".equals(c.direction());
                default -> resolved = false;
            }
        }
        return resolved;
    }
}
