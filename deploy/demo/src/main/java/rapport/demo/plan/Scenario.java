package rapport.demo.plan;

import java.util.List;

/** The kinds of case that happen at a garage's service desk; {@link Scripts} writes each one's contacts. */
enum Scenario {
    ENQUIRY, MOT_BOOKING, SERVICE_BOOKING, REPAIR, COMPLAINT, COMPLIMENT, REMINDER, UPSELL,
    WORKSHOP_REQUEST, PARTS_QUERY, SALES_REQUEST, ACCOUNTS_QUERY, INTERNAL_COMPLAINT;

    private static final List<Scenario> EXTERNAL = List.of(ENQUIRY, MOT_BOOKING, SERVICE_BOOKING, REPAIR, COMPLAINT,
            COMPLIMENT, REMINDER, UPSELL);

    /** Bookings are what the first improvement action changed. */
    boolean booking() {
        return this == MOT_BOOKING || this == SERVICE_BOOKING;
    }

    static Scenario pickFor(Persona persona, Dice dice) {
        return switch (persona.type()) {
            case MOTORIST -> dice.weighted(EXTERNAL, 26, 20, 16, 10, 7, 4, 10, 7);
            case FLEET -> dice.weighted(EXTERNAL, 15, 20, 30, 15, 6, 2, 5, 7);
            case COLLEAGUE -> {
                if (dice.chance(0.12)) {
                    yield INTERNAL_COMPLAINT;
                }
                yield switch (persona.department()) {
                    case "Parts" -> dice.chance(0.8) ? PARTS_QUERY : WORKSHOP_REQUEST;
                    case "Sales", "Fleet desk" -> dice.chance(0.8) ? SALES_REQUEST : PARTS_QUERY;
                    case "Accounts" -> ACCOUNTS_QUERY;
                    default -> dice.chance(0.8) ? WORKSHOP_REQUEST : PARTS_QUERY;
                };
            }
        };
    }
}
