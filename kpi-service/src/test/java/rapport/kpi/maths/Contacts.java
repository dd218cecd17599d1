package rapport.kpi.maths;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Builds one customer's contacts for the maths tests; times are days (and hours) after a fixed start. */
final class Contacts {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final List<Contact> contacts = new ArrayList<>();
    private long sequence;

    static Instant day(double days) {
        return T0.plus(Math.round(days * 24 * 60), ChronoUnit.MINUTES);
    }

    Contacts add(UUID caseId, double atDay, Direction direction, String category, Outcome outcome) {
        return add(caseId, atDay, direction, category, outcome, false);
    }

    Contacts add(UUID caseId, double atDay, Direction direction, String category, Outcome outcome, boolean voided) {
        Instant at = day(atDay);
        sequence++;
        contacts.add(new Contact(UUID.nameUUIDFromBytes(("c" + sequence).getBytes()), caseId, at,
                at.plusSeconds(60 + sequence), sequence, direction, category, outcome, "ann", "PHONE", voided));
        return this;
    }

    List<Contact> list() {
        return List.copyOf(contacts);
    }

    static UUID caseId(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }
}
