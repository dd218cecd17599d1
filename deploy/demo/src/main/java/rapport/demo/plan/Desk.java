package rapport.demo.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The service desk's habits: who takes a contact, how long it lasts, which communication techniques the learner
 * used. Shared by every script so that the numbers behave alike across kinds of case.
 */
final class Desk {

    static final List<String> LEARNERS = List.of("jordan.reid", "priya.nair", "callum.ward");
    private static final List<String> TECHNIQUES = List.of("ACTIVE_LISTENING", "PARAPHRASING", "QUESTIONING",
            "EMPATHY", "SUMMARISING", "POSITIVE_LANGUAGE", "REFLECTING", "RAPPORT_BUILDING");

    private final Dice dice;

    Desk(Dice dice) {
        this.dice = dice;
    }

    /** The learner who takes a contact: Jordan works most shifts, Callum fewest. */
    String anyLearner() {
        return dice.weighted(LEARNERS, 40, 35, 25);
    }

    /** Mostly the learner who owns the case keeps it, sometimes a colleague covers. */
    String owner(String owner) {
        return dice.chance(0.8) ? owner : anyLearner();
    }

    static String firstName(String learner) {
        String first = learner.substring(0, learner.indexOf('.'));
        return Character.toUpperCase(first.charAt(0)) + first.substring(1);
    }

    CaseDraft.Contact contact(Moment at, Channel channel, Direction direction, Category category, Outcome outcome,
            String summary, String agent) {
        return new CaseDraft.Contact(at, channel, direction, category, outcome, summary, duration(channel, category),
                techniques(channel, category), agent);
    }

    private Integer duration(Channel channel, Category category) {
        if (dice.chance(0.08)) {
            return null;
        }
        int minutes = switch (channel) {
            case PHONE -> dice.between(3, 15);
            case FACE_TO_FACE -> dice.between(5, 20);
            case EMAIL, LETTER -> dice.between(4, 12);
            case CHAT -> dice.between(3, 14);
            case SOCIAL -> dice.between(2, 6);
            case VIDEO -> dice.between(8, 20);
        };
        return category == Category.COMPLAINT ? minutes + dice.between(5, 15) : minutes;
    }

    private List<String> techniques(Channel channel, Category category) {
        List<String> used = new ArrayList<>();
        if (category == Category.COMPLAINT) {
            used.add("ACTIVE_LISTENING");
            used.add("EMPATHY");
        }
        int more = dice.weighted(List.of(0, 1, 2, 3), 25, 35, 28, 12);
        for (int i = 0; i < more; i++) {
            String technique = dice.pick(TECHNIQUES);
            if (!used.contains(technique)) {
                used.add(technique);
            }
        }
        if ((channel == Channel.FACE_TO_FACE || channel == Channel.VIDEO) && dice.chance(0.4)) {
            used.add("BODY_LANGUAGE");
        }
        return used;
    }

    /** When a contact the customer starts happens on {@code day}: phone and desk in opening hours, the rest any time. */
    Moment timeOn(int day, Channel channel) {
        return switch (channel) {
            case PHONE, FACE_TO_FACE, VIDEO -> new Moment(day, dice.between(Moment.OPENS, Moment.CLOSES - 15));
            default -> new Moment(day, dice.between(Moment.EARLIEST, Moment.LATEST - 30));
        };
    }

    /** A call the desk makes between {@code minutes} and {@code minutes + spread} after {@code from}, in opening hours. */
    Moment later(Moment from, int minutes, int spread) {
        return from.plusMinutes(minutes + dice.between(0, spread)).inOpeningHours();
    }
}
