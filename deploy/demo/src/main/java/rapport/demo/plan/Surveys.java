package rapport.demo.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import rapport.demo.plan.PlannedResponse.Answers;
import rapport.demo.plan.PlannedResponse.Rater;

/**
 * Who answers a survey about which resolved case, how, when and what they say. Most answers are paper forms
 * filled in at collection and phone surveys (which answer the invitation feedback-service sent when the case was
 * resolved, so only for customers who agreed to surveys); a few customers answer on their link's page today.
 */
final class Surveys {

    /**
     * Answers given on the survey page. Each costs one request from this machine's address, and the page allows
     * 30 in a burst per address (docs/feedback-service.md, "Rate limits"): a handful leaves room for a second team
     * and for people trying their own links.
     */
    static final int LINK_ANSWERS = 6;

    record Draft(CaseDraft about, FeedbackSource source, Moment submittedAt, String agent, Channel channel,
            Answers answers) {
    }

    private record Pending(CaseDraft about, FeedbackSource source, Moment submittedAt, CaseDraft.Contact resolving) {
    }

    private static final List<String> PRAISE = List.of("Friendly on the phone and the car was ready when promised",
            "Explained the advisories clearly without any pressure", "Really quick MOT, thank you",
            "Kept me updated all day", "Honest about what could wait until next time");
    private static final List<String> GRUMBLES = List.of("Had to ring twice to find out if the car was ready",
            "Nobody called back when they said they would", "Price was higher than I expected",
            "Sorted in the end but it took too long");
    private static final String COLD_WAITING_AREA = "Waiting area was cold and the coffee machine was broken";
    private static final String NEW_WAITING_AREA = "Waiting area is much nicer now: good coffee and Wi-Fi";
    private static final String FIRST_CALL = "Booked in on the first call, no messing about";

    private final Dice dice;
    private final Story story;

    Surveys(Dice dice, Story story) {
        this.dice = dice;
        this.story = story;
    }

    /** The answers about {@code cases} (as far as they have happened), keyed by case. */
    Map<CaseDraft, Draft> plan(List<CaseDraft> cases) {
        List<Pending> pending = new ArrayList<>();
        int links = 0;
        for (CaseDraft draft : cases) {
            CaseDraft.Contact resolving = draft.finalResolution();
            if (resolving == null) {
                continue;
            }
            boolean consent = draft.persona.profile().surveyConsent();
            int day = resolving.at().day();
            if (consent && links < LINK_ANSWERS && day >= -8 && day <= -1 && dice.chance(0.4)) {
                links++;
                pending.add(new Pending(draft, FeedbackSource.SURVEY_LINK, new Moment(0, Moment.LATEST - 1),
                        resolving));
            } else if (consent && dice.chance(0.15)) {
                Moment call = new Moment(day + dice.between(1, 3), dice.between(10 * 60, 16 * 60));
                if (call.day() <= 0) {
                    pending.add(new Pending(draft, FeedbackSource.PHONE, call, resolving));
                }
            } else if (dice.chance(0.2)) {
                Moment form = resolving.at().plusMinutes(dice.between(30, 240)).inOpeningHours();
                if (form.day() <= 0) {
                    pending.add(new Pending(draft, FeedbackSource.PAPER, form, resolving));
                }
            }
        }
        // scores are drawn in the order they are given, so that the decks keep each window's share
        pending.sort(Comparator.comparing(Pending::submittedAt));
        Map<CaseDraft, Draft> answers = new IdentityHashMap<>();
        for (Pending p : pending) {
            boolean complaint = p.about().category() == Category.COMPLAINT;
            boolean happy = story.satisfied(complaint);
            answers.put(p.about(), new Draft(p.about(), p.source(), p.submittedAt(), p.resolving().agent(),
                    p.resolving().channel(), answers(happy, p.submittedAt().day(), p.about())));
        }
        return answers;
    }

    private Answers answers(boolean happy, int day, CaseDraft about) {
        // every form and call starts with the satisfaction question; the others may be skipped
        int csat = happy ? (dice.chance(0.55) ? 5 : 4) : dice.weighted(List.of(3, 2, 1), 55, 30, 15);
        Integer nps = dice.chance(0.85) ? (happy ? dice.weighted(List.of(10, 9, 8, 7, 6, 5), 30, 30, 20, 12, 5, 3)
                : dice.weighted(List.of(2, 3, 4, 5, 6, 7, 8), 5, 10, 15, 20, 20, 18, 12)) : null;
        Integer ces = dice.chance(0.6) ? (happy ? dice.weighted(List.of(7, 6, 5, 4, 3), 35, 35, 18, 8, 4)
                : dice.weighted(List.of(2, 3, 4, 5), 15, 30, 30, 25)) : null;
        Rater rater = dice.chance(0.5) ? rater(happy, Story.waitingAreaRefreshed(day)) : null;
        String comment = dice.chance(0.35) ? comment(happy, day, about) : null;
        return new Answers(csat, nps, ces, rater, comment);
    }

    private Rater rater(boolean happy, boolean refreshed) {
        return new Rater(rating(happy), rating(happy),
                dice.chance(0.85) ? (refreshed ? dice.weighted(List.of(3, 4, 5), 10, 45, 45)
                        : dice.weighted(List.of(2, 3, 4), 20, 55, 25)) : null,
                rating(happy), rating(happy));
    }

    private Integer rating(boolean happy) {
        if (!dice.chance(0.85)) {
            return null;
        }
        return happy ? dice.weighted(List.of(4, 5), 45, 55) : dice.weighted(List.of(2, 3, 4), 25, 50, 25);
    }

    private String comment(boolean happy, int day, CaseDraft about) {
        if (dice.chance(0.25)) {
            return Story.waitingAreaRefreshed(day) ? NEW_WAITING_AREA : COLD_WAITING_AREA;
        }
        if (happy && about.scenario.booking() && Story.bookingOnFirstCall(about.start().day()) && dice.chance(0.5)) {
            return FIRST_CALL;
        }
        return dice.pick(happy ? PRAISE : GRUMBLES);
    }
}
