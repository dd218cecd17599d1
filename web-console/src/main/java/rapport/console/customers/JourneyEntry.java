package rapport.console.customers;

import java.time.Instant;
import java.util.Comparator;

/**
 * One event of a customer's journey, whatever it came from: a contact, a case opened or resolved, a complaint step,
 * a follow-up promise made or kept, a survey answer. {@code channel} is null where the event has none.
 */
public record JourneyEntry(Instant at, String kind, String title, String detail, String channel, String link) {

    /** Newest first; at the same instant, in the order they were added. */
    static final Comparator<JourneyEntry> NEWEST_FIRST = Comparator.comparing(JourneyEntry::at).reversed();

    /** The CSS class of the entry's marker. */
    public String css() {
        return kind.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }
}
