package rapport.kpi.maths;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Derives every case of one customer from that customer's contacts (docs/customer-service.md, "Cases"): the order, each
 * case's opener and category, its status, resolution time and reopens, and the first repeat
 * contact FCR looks for. A pure function of the contacts, so late, backdated or voided contacts
 * and any arrival order give the same result.
 */
public final class CaseTimeline {

    private CaseTimeline() {
    }

    public static List<CaseFacts> derive(List<Contact> contacts) {
        List<Contact> ordered = contacts.stream().filter(c -> !c.voided()).sorted(Contact.ORDER).toList();
        Map<UUID, List<Contact>> byCase = new LinkedHashMap<>();
        for (Contact contact : ordered) {
            byCase.computeIfAbsent(contact.caseId(), id -> new ArrayList<>()).add(contact);
        }
        Map<UUID, Contact> openers = new HashMap<>();
        byCase.forEach((caseId, caseContacts) -> openers.put(caseId, caseContacts.getFirst()));
        List<CaseFacts> cases = new ArrayList<>(byCase.size());
        byCase.forEach((caseId, caseContacts) -> cases.add(facts(caseContacts, ordered, openers)));
        return cases;
    }

    private static CaseFacts facts(List<Contact> caseContacts, List<Contact> ordered, Map<UUID, Contact> openers) {
        Contact opener = caseContacts.getFirst();
        CaseStatus status = CaseStatus.OPEN;
        Instant resolvedAt = null;
        int reopens = 0;
        for (Contact contact : caseContacts) {
            CaseStatus next = contact.outcome().apply(status, contact.direction());
            if (status == CaseStatus.RESOLVED && next == CaseStatus.OPEN) {
                reopens++;
            }
            if (next == CaseStatus.RESOLVED && resolvedAt == null) {
                resolvedAt = contact.occurredAt();
            }
            status = next;
        }
        return new CaseFacts(opener.caseId(), opener.id(), opener.occurredAt(), opener.category(), opener.direction(),
                opener.outcome(), opener.agent(), opener.channel(), status, resolvedAt, reopens,
                nextRepeat(opener, ordered, openers));
    }

    /** The first contact after the opener that would be a repeat contact if it fell inside the window. */
    private static Instant nextRepeat(Contact opener, List<Contact> ordered, Map<UUID, Contact> openers) {
        boolean after = false;
        for (Contact contact : ordered) {
            if (contact == opener) {
                after = true;
                continue;
            }
            if (!after || contact.direction() != Direction.INBOUND) {
                continue;
            }
            boolean sameCase = contact.caseId().equals(opener.caseId());
            boolean opensSameCategory = openers.get(contact.caseId()) == contact
                    && contact.category().equals(opener.category());
            if (sameCase || opensSameCategory) {
                return contact.occurredAt();
            }
        }
        return null;
    }
}
