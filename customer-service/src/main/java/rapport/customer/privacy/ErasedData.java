package rapport.customer.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import rapport.customer.followups.FollowUp;
import rapport.customer.interactions.Interaction;

/**
 * How many of each kind of personal data an erasure replaces, counted in the erasing transaction before it
 * does (the customer's row is locked, so nothing is added in between): the categories of
 * docs/customer-service.md, "Personal data". Counts only, never a value.
 */
final class ErasedData {

    private ErasedData() {
    }

    static Map<String, Long> countFor(UUID customerId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("customerDetails", 1L);
        counts.put("contactSummaries", Interaction.count("customerId", customerId));
        counts.put("voidReasons", Interaction.count("customerId = ?1 and voidReason is not null", customerId));
        counts.put("followUpPromises", FollowUp.count("customerId", customerId));
        return counts;
    }
}
