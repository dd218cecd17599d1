package rapport.demo.plan;

import java.util.List;

/**
 * The two improvement actions and the probabilities built around them. The verdicts are not written anywhere:
 * kpi-service computes them from the loaded data (docs/kpi-definitions.md, "Did a change work?"), so the planner
 * sizes the effect and the samples to make its evaluation come out as the story says:
 * <ul>
 * <li>from day {@value #FCR_CHANGE} the desk answers quotes and books MOTs and services on the first call: bookings
 * are confirmed at once far more often (45 % to 95 %) and enquiries answered at once more often (60 % to 90 %),
 * and customers rarely ring again about them (35 % and 20 % to 5 %). FCR rises by about 25 points over some 200
 * eligible cases a window, a z of about 5 (IMPROVED);</li>
 * <li>on day {@value #CSAT_CHANGE} the waiting area was refreshed: tangibles ratings rise, but satisfaction is the
 * same before and after (6 answers in 7 satisfied, 3 in 5 after a complaint), so CSAT moves with the mix of cases
 * only, a few points over some 50 answers a window, far from significance (NO_SIGNIFICANT_CHANGE).</li>
 * </ul>
 * Both draw from balanced decks in time order ({@link Dice.Deck}), so each window gets its share whatever the
 * seed (small decks for satisfaction: a window's edge can split only a short run); both evaluation windows (28
 * days from the change) end well before today.
 */
final class Story {

    static final int FCR_CHANGE = -56;
    static final int CSAT_CHANGE = -42;

    private final Dice.Deck resolvedBefore;
    private final Dice.Deck resolvedAfter;
    private final Dice.Deck repeatBefore;
    private final Dice.Deck repeatAfter;
    private final Dice.Deck answeredBefore;
    private final Dice.Deck answeredAfter;
    private final Dice.Deck askedAgainBefore;
    private final Dice.Deck askedAgainAfter;
    private final Dice.Deck satisfied;
    private final Dice.Deck satisfiedAfterComplaint;

    Story(Dice dice) {
        resolvedBefore = dice.deck(9, 20);
        resolvedAfter = dice.deck(19, 20);
        repeatBefore = dice.deck(7, 20);
        repeatAfter = dice.deck(1, 20);
        answeredBefore = dice.deck(12, 20);
        answeredAfter = dice.deck(18, 20);
        askedAgainBefore = dice.deck(4, 20);
        askedAgainAfter = dice.deck(1, 20);
        satisfied = dice.deck(6, 7);
        satisfiedAfterComplaint = dice.deck(3, 5);
    }

    static List<PlannedImprovement> improvements() {
        return List.of(new PlannedImprovement("Answer and book on the first call: live parts and diary check",
                "In the baseline weeks many quotes and MOT or service bookings took a second contact: the desk "
                        + "took the details and rang back once parts, prices and a workshop slot were confirmed, and "
                        + "customers rang again to check. Since this date the desk checks parts stock, prices and "
                        + "the workshop diary during the call, gives the price or confirms the slot by text before "
                        + "hanging up.",
                "fcr", "UP", FCR_CHANGE),
                new PlannedImprovement("Waiting-area refresh: coffee machine, Wi-Fi and phone chargers",
                        "Paper survey comments in the baseline weeks mentioned a cold waiting area and a broken "
                                + "coffee machine. We replaced the machine, added free Wi-Fi and phone chargers, and "
                                + "expected overall satisfaction (CSAT: answers of 4 or 5) to rise.",
                        "csat", "UP", CSAT_CHANGE));
    }

    /** Whether a booking made on {@code day} is confirmed during the first call. */
    boolean bookingResolvedAtOnce(int day) {
        return (day < FCR_CHANGE ? resolvedBefore : resolvedAfter).draw();
    }

    /** Whether the customer rings again about a booking made on {@code day}. */
    boolean bookingRepeated(int day) {
        return (day < FCR_CHANGE ? repeatBefore : repeatAfter).draw();
    }

    /** Whether an enquiry made on {@code day} is answered during the first contact. */
    boolean enquiryAnsweredAtOnce(int day) {
        return (day < FCR_CHANGE ? answeredBefore : answeredAfter).draw();
    }

    /** Whether the customer asks again about an enquiry answered on {@code day}. */
    boolean enquiryAskedAgain(int day) {
        return (day < FCR_CHANGE ? askedAgainBefore : askedAgainAfter).draw();
    }

    /** Whether the next survey answer (in time order) is satisfied. */
    boolean satisfied(boolean afterComplaint) {
        return (afterComplaint ? satisfiedAfterComplaint : satisfied).draw();
    }

    static boolean waitingAreaRefreshed(int day) {
        return day >= CSAT_CHANGE;
    }

    static boolean bookingOnFirstCall(int day) {
        return day >= FCR_CHANGE;
    }
}
