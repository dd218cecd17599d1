package rapport.demo.plan;

import java.util.List;
import java.util.Locale;

/**
 * Writes the contacts, complaint steps and promises of one case of each {@link Scenario}: what a garage's
 * service desk logs about enquiries, MOT and service bookings, repairs, complaints (Acknowledge, Apologise, Act,
 * Assure), compliments, reminder calls, extra work found by the workshop, and colleagues' requests.
 */
final class Scripts {

    /** Promises nobody kept, made in the last week: the team home shows them as overdue. */
    static final int FORGOTTEN_PROMISES = 4;

    private record When(String words, int days) {
    }

    private record Topic(String question, String answer, String subject) {
    }

    private record Fault(String symptom, String cause, int minPrice, int maxPrice) {
    }

    private record Complaint(String issue, String remedy) {
    }

    private static final List<When> WHEN = List.of(new When("tomorrow", 1), new When("the day after tomorrow", 2),
            new When("later this week", 3), new When("early next week", 5), new When("next week", 7),
            new When("in two weeks", 14));
    private static final List<Topic> ENQUIRIES = List.of(
            new Topic("Asked for a price for front brake pads and discs on the %s", "quoted %s including VAT",
                    "brake quote"),
            new Topic("Asked whether the %s is due a cambelt", "checked the history: due at the next service",
                    "cambelt"),
            new Topic("Asked for prices for two front tyres for the %s", "quoted a budget and a premium option",
                    "tyre prices"),
            new Topic("Asked whether we service electric cars", "explained the EV health check", "EV servicing"),
            new Topic("Asked how long a full service on the %s takes",
                    "about three hours; offered the waiting area or a courtesy car", "service time"),
            new Topic("Asked for our opening hours over the bank holiday", "open Saturday morning, closed Monday",
                    "opening hours"),
            new Topic("Asked why the MOT certificate had not arrived by e-mail", "resent it", "MOT certificate"),
            new Topic("Asked for a copy of the last invoice", "e-mailed it over", "invoice copy"),
            new Topic("Asked whether an air-con regas is part of the service", "it is not; quoted %s",
                    "air-con regas"),
            new Topic("Asked whether the %s is safe to drive with a warning light on",
                    "advised booking a diagnosis this week", "warning light"));
    private static final List<Fault> FAULTS = List.of(
            new Fault("Engine warning light on", "a faulty EGR valve", 380, 460),
            new Fault("Grinding from the front when braking", "worn front discs and a sticking caliper", 290, 360),
            new Fault("Battery keeps going flat", "a failing alternator", 420, 520),
            new Fault("Knocking from the front suspension", "a worn drop link", 160, 220),
            new Fault("Clutch slipping", "a worn clutch", 650, 820),
            new Fault("Loud exhaust", "a split flexi pipe", 140, 190),
            new Fault("Air-con blowing warm", "a leaking condenser", 310, 380));
    private static final List<Complaint> COMPLAINTS = List.of(
            new Complaint("car came back with grease marks on the driver's seat",
                    "valet the seat and refund the valet charge"),
            new Complaint("charged for a wheel alignment that was not authorised", "refund the alignment charge"),
            new Complaint("car was not ready at the promised time; waited two hours",
                    "give a free MOT next year as a goodwill gesture"),
            new Complaint("scratch on the rear bumper after the service",
                    "have the bodyshop repair it free of charge"),
            new Complaint("nobody rang back about the quote as promised", "give the quote with a 10 % discount"),
            new Complaint("service light not reset after the service", "reset it the same day at no charge"),
            new Complaint("courtesy car had a nearly flat tyre", "swap the courtesy car and check the whole fleet"),
            new Complaint("invoice higher than the quote", "refund the difference as a goodwill gesture"));
    private static final List<String> FINDINGS = List.of("worn front pads", "a perished wiper blade",
            "a leaking shock absorber", "corroded brake pipes", "a cracked tyre sidewall");

    private final Dice dice;
    private final Desk desk;
    private final Story story;
    /** Colleagues' requests vary little from week to week: balanced decks keep their share steady. */
    private final Dice.Deck colleagueAnswered;
    private final Dice.Deck colleagueChased;
    private int forgottenLeft = FORGOTTEN_PROMISES;

    Scripts(Dice dice, Desk desk, Story story) {
        this.dice = dice;
        this.desk = desk;
        this.story = story;
        this.colleagueAnswered = dice.deck(4, 5);
        this.colleagueChased = dice.deck(1, 10);
    }

    CaseDraft write(Persona persona, Scenario scenario, int day, String agent) {
        CaseDraft draft = new CaseDraft(persona, scenario);
        switch (scenario) {
            case ENQUIRY -> enquiry(draft, day, agent);
            case MOT_BOOKING, SERVICE_BOOKING -> booking(draft, day, agent);
            case REPAIR -> repair(draft, day, agent);
            case COMPLAINT -> complaint(draft, day, agent);
            case COMPLIMENT -> compliment(draft, day, agent);
            case REMINDER -> reminder(draft, day, agent);
            case UPSELL -> upsell(draft, day, agent);
            case WORKSHOP_REQUEST, PARTS_QUERY, SALES_REQUEST, ACCOUNTS_QUERY -> colleague(draft, day, agent);
            case INTERNAL_COMPLAINT -> colleagueComplaint(draft, day, agent);
        }
        return draft;
    }

    private void enquiry(CaseDraft draft, int day, String agent) {
        Channel channel = inbound(draft.persona, List.of(Channel.PHONE, Channel.EMAIL, Channel.CHAT, Channel.SOCIAL,
                Channel.FACE_TO_FACE), 45, 25, 15, 10, 5);
        Moment at = desk.timeOn(day, channel);
        Topic topic = dice.pick(ENQUIRIES);
        String question = topic.question().formatted(draft.persona.vehicle());
        String answer = topic.answer().formatted(price(60, 260));
        if (story.enquiryAnsweredAtOnce(day)) {
            String summary = question + "; " + answer;
            if (Story.bookingOnFirstCall(day) && dice.chance(0.5)) {
                summary += "; checked stock and price during the call";
            }
            CaseDraft.Contact first = draft.add(desk.contact(at, channel, Direction.INBOUND, Category.ENQUIRY,
                    Outcome.RESOLVED, summary, agent));
            if (story.enquiryAskedAgain(day)) {
                Moment again = desk.timeOn(first.at().day() + dice.between(1, 5), Channel.PHONE);
                draft.add(desk.contact(again, Channel.PHONE, Direction.INBOUND, Category.FOLLOW_UP, Outcome.RESOLVED,
                        "Rang again about the " + topic.subject() + ": wanted it explained once more; went through "
                                + "it step by step", desk.anyLearner()));
            }
        } else if (dice.chance(0.75)) {
            CaseDraft.Contact first = draft.add(desk.contact(at, channel, Direction.INBOUND, Category.ENQUIRY,
                    Outcome.FOLLOW_UP_REQUIRED, question + "; checking with the workshop, will ring back", agent));
            callBack(draft, first, "Ring back about the " + topic.subject(), desk.later(at, 180, 1260),
                    Category.FOLLOW_UP, Outcome.RESOLVED, "Rang back: " + answer, true);
        } else {
            CaseDraft.Contact first = draft.add(desk.contact(at, channel, Direction.INBOUND, Category.ENQUIRY,
                    Outcome.REFERRED, question + "; referred to our partner specialist", agent));
            draft.add(desk.contact(desk.later(first.at(), 2 * 1440, 2 * 1440), Channel.PHONE, Direction.OUTBOUND,
                    Category.FOLLOW_UP, Outcome.RESOLVED, "Checked the partner had been in touch; customer sorted",
                    desk.owner(agent)));
        }
    }

    private void booking(CaseDraft draft, int day, String agent) {
        boolean mot = draft.scenario == Scenario.MOT_BOOKING;
        Channel channel = inbound(draft.persona, List.of(Channel.PHONE, Channel.EMAIL, Channel.CHAT,
                Channel.FACE_TO_FACE), 55, 15, 15, 15);
        Moment at = desk.timeOn(day, channel);
        String what = mot ? "an MOT" : dice.pick(List.of("a full service", "an interim service", "a major service"));
        When when = dice.pick(WHEN);
        CaseDraft.Contact last;
        if (story.bookingResolvedAtOnce(day)) {
            String summary = "Booked the " + draft.persona.vehicle() + " in for " + what + " " + when.words();
            if (Story.bookingOnFirstCall(day)) {
                summary += "; checked parts and the workshop diary and confirmed the slot by text during the call";
            }
            last = draft.add(desk.contact(at, channel, Direction.INBOUND, Category.REQUEST, Outcome.RESOLVED, summary,
                    agent));
        } else {
            CaseDraft.Contact first = draft.add(desk.contact(at, channel, Direction.INBOUND, Category.REQUEST,
                    Outcome.FOLLOW_UP_REQUIRED, "Wants " + what + " for the " + draft.persona.vehicle() + " "
                            + when.words() + "; took the details, will confirm once parts and the workshop diary "
                            + "are checked", agent));
            last = callBack(draft, first, "Confirm the " + (mot ? "MOT" : "service") + " slot",
                    desk.later(at, 120, 1320), Category.FOLLOW_UP, Outcome.RESOLVED,
                    "Rang back: slot confirmed for " + what, true);
        }
        if (last == null) {
            return;
        }
        int visit = day + when.days();
        if (story.bookingRepeated(day)) {
            int againDay = Math.min(last.at().day() + dice.between(1, 4), Math.max(visit - 1, last.at().day()));
            Moment again = desk.timeOn(againDay, Channel.PHONE);
            if (!again.isAfter(last.at())) {
                again = last.at().plusMinutes(dice.between(60, 240)).inOpeningHours();
            }
            last = draft.add(desk.contact(again, Channel.PHONE, Direction.INBOUND, Category.FOLLOW_UP,
                    Outcome.RESOLVED, "Rang to check the booking had gone through and what time to drop the "
                            + draft.persona.vehicle() + " off", desk.anyLearner()));
        }
        if (dice.chance(0.55)) {
            Moment ready = new Moment(visit, dice.between(11 * 60, 17 * 60));
            if (ready.isAfter(last.at())) {
                boolean answered = dice.chance(0.85);
                String result = mot ? dice.pick(List.of("passed its MOT", "passed its MOT with an advisory on the "
                        + "rear tyres", "failed its MOT on a headlamp bulb, replaced while there")) : "serviced";
                draft.add(desk.contact(ready, Channel.PHONE, Direction.OUTBOUND, Category.FOLLOW_UP,
                        answered ? Outcome.RESOLVED : Outcome.NO_RESPONSE, answered
                                ? "Rang to say the " + draft.persona.vehicle() + " " + result + " and is ready to collect"
                                : "Rang to say the car is ready: no answer, left a voicemail", desk.owner(agent)));
            }
        }
    }

    private void repair(CaseDraft draft, int day, String agent) {
        Channel channel = inbound(draft.persona, List.of(Channel.PHONE, Channel.EMAIL, Channel.FACE_TO_FACE,
                Channel.CHAT), 60, 15, 15, 10);
        Moment at = desk.timeOn(day, channel);
        Fault fault = dice.pick(FAULTS);
        int diagnosisDay = day + dice.between(1, 3);
        CaseDraft.Contact first = draft.add(desk.contact(at, channel, Direction.INBOUND, Category.REQUEST,
                Outcome.FOLLOW_UP_REQUIRED, fault.symptom() + " on the " + draft.persona.vehicle()
                        + "; booked in for a diagnosis", agent));
        Moment due = new Moment(diagnosisDay, 16 * 60 + 30);
        if (forgets(day)) {
            draft.promise(first, "Call with the diagnosis and a quote", promisedTo(draft.persona), due, null);
            return;
        }
        Moment call = dice.chance(0.85) ? new Moment(diagnosisDay, dice.between(11 * 60, 16 * 60))
                : new Moment(diagnosisDay + 1, dice.between(9 * 60, 12 * 60));
        CaseDraft.Contact quote = draft.add(desk.contact(call, Channel.PHONE, Direction.OUTBOUND, Category.FOLLOW_UP,
                Outcome.FOLLOW_UP_REQUIRED, "Diagnosis: " + fault.cause() + "; quoted "
                        + price(fault.minPrice(), fault.maxPrice()) + "; customer to decide", desk.owner(agent)));
        draft.promise(first, "Call with the diagnosis and a quote", promisedTo(draft.persona), due, quote);
        Moment decision = desk.later(quote.at(), 60, 1200);
        if (dice.chance(0.15)) {
            draft.add(desk.contact(decision, Channel.PHONE, Direction.INBOUND, Category.FOLLOW_UP, Outcome.RESOLVED,
                    "Customer rang to decline the repair for now; collected the car", desk.anyLearner()));
            return;
        }
        CaseDraft.Contact goAhead = draft.add(desk.contact(decision, Channel.PHONE, Direction.INBOUND,
                Category.FOLLOW_UP, Outcome.FOLLOW_UP_REQUIRED, "Customer rang to go ahead with the repair",
                desk.anyLearner()));
        draft.add(desk.contact(desk.later(goAhead.at(), 1440, 1440), Channel.PHONE, Direction.OUTBOUND,
                Category.FOLLOW_UP, Outcome.RESOLVED, "Repair finished; rang to say the " + draft.persona.vehicle()
                        + " is ready to collect", desk.owner(agent)));
    }

    private void complaint(CaseDraft draft, int day, String agent) {
        Channel channel = inbound(draft.persona, List.of(Channel.PHONE, Channel.EMAIL, Channel.FACE_TO_FACE,
                Channel.SOCIAL), 45, 20, 25, 10);
        Moment at = desk.timeOn(day, channel);
        Complaint complaint = dice.pick(COMPLAINTS);
        String issue = "Complaint: " + complaint.issue();
        if (dice.chance(0.25)) {
            draft.add(desk.contact(at, channel, Direction.INBOUND, Category.COMPLAINT, Outcome.RESOLVED,
                    issue + ". Apologised and agreed to " + complaint.remedy() + " on the spot", agent));
            steps(draft, at, agent, true, true, true, dice.chance(0.85));
            return;
        }
        boolean escalated = dice.chance(0.3);
        CaseDraft.Contact first = draft.add(desk.contact(at, channel, Direction.INBOUND, Category.COMPLAINT,
                escalated ? Outcome.ESCALATED : Outcome.FOLLOW_UP_REQUIRED, issue + ". Listened and apologised"
                        + (escalated ? "; escalated to the service manager" : "; will look into it"), agent));
        steps(draft, at, agent, dice.chance(0.95), dice.chance(0.85), false, false);
        Moment due = new Moment(day + 1, 17 * 60);
        boolean late = dice.chance(0.2);
        Moment call = late ? due.plusMinutes(dice.between(60, 1500)).inOpeningHours()
                : at.plusMinutes(dice.between(120, (int) Math.max(150, due.minutes() - at.minutes() - 30)))
                        .inOpeningHours();
        if (!call.isBefore(due) && !late) {
            call = due.plusMinutes(-20);
        }
        String owner = desk.owner(agent);
        Channel back = dice.chance(0.8) ? Channel.PHONE : Channel.EMAIL;
        CaseDraft.Contact last;
        CaseDraft.Contact keptIn;
        if (dice.chance(0.6)) {
            last = draft.add(desk.contact(call, back, Direction.OUTBOUND, Category.FOLLOW_UP, Outcome.RESOLVED,
                    "Service manager agreed to " + complaint.remedy() + "; customer accepted", owner));
            keptIn = last;
            draft.step(ComplaintStep.ACT, call.plusMinutes(3), owner);
        } else {
            CaseDraft.Contact agreed = draft.add(desk.contact(call, back, Direction.OUTBOUND, Category.FOLLOW_UP,
                    Outcome.FOLLOW_UP_REQUIRED, "Agreed the fix with the customer: " + complaint.remedy(), owner));
            keptIn = agreed;
            draft.step(ComplaintStep.ACT, call.plusMinutes(3), owner);
            boolean letter = dice.chance(0.25);
            last = draft.add(desk.contact(desk.later(agreed.at(), 1440, 2 * 1440), letter ? Channel.LETTER
                    : Channel.PHONE, Direction.OUTBOUND, Category.FOLLOW_UP, Outcome.RESOLVED, letter
                            ? "Letter confirming the goodwill gesture and thanking the customer for their patience"
                            : "Fix done; customer satisfied with the outcome", owner));
        }
        draft.promise(first, escalated ? "Call back with the service manager's answer" : "Call back with what we "
                + "will do about it", promisedTo(draft.persona), due, keptIn);
        if (dice.chance(0.8)) {
            draft.step(ComplaintStep.ASSURE, last.at().plusMinutes(5), last.agent());
        }
        if (dice.chance(0.1)) {
            CaseDraft.Contact again = draft.add(desk.contact(desk.timeOn(last.at().day() + dice.between(2, 5),
                    Channel.PHONE), Channel.PHONE, Direction.INBOUND, Category.COMPLAINT, Outcome.FOLLOW_UP_REQUIRED,
                    "Rang again: not fully sorted (" + complaint.issue() + ")", desk.anyLearner()));
            draft.add(desk.contact(desk.later(again.at(), 1440, 600), Channel.PHONE, Direction.OUTBOUND,
                    Category.FOLLOW_UP, Outcome.RESOLVED, "Sorted for good; apologised again", owner));
        }
    }

    private void steps(CaseDraft draft, Moment at, String agent, boolean acknowledge, boolean apologise, boolean act,
            boolean assure) {
        if (acknowledge) {
            draft.step(ComplaintStep.ACKNOWLEDGE, at.plusMinutes(1), agent);
        }
        if (apologise) {
            draft.step(ComplaintStep.APOLOGISE, at.plusMinutes(2), agent);
        }
        if (act) {
            draft.step(ComplaintStep.ACT, at.plusMinutes(5), agent);
        }
        if (assure) {
            draft.step(ComplaintStep.ASSURE, at.plusMinutes(8), agent);
        }
    }

    private void compliment(CaseDraft draft, int day, String agent) {
        Channel channel = dice.weighted(List.of(Channel.EMAIL, Channel.SOCIAL, Channel.FACE_TO_FACE, Channel.PHONE),
                30, 30, 25, 15);
        String praised = Desk.firstName(desk.anyLearner());
        String summary = dice.pick(List.of("Thanked " + praised + " for fitting the " + draft.persona.vehicle()
                + " in at short notice", "Posted a thank-you for the quick MOT", "Card at reception thanking the team "
                + "for sorting the brakes before a holiday", "Said " + praised + " explained the work really clearly"));
        draft.add(desk.contact(desk.timeOn(day, channel), channel, Direction.INBOUND, Category.COMPLIMENT,
                Outcome.RESOLVED, summary, agent));
    }

    private void reminder(CaseDraft draft, int day, String agent) {
        Channel channel = dice.weighted(List.of(Channel.PHONE, Channel.EMAIL, Channel.LETTER), 55, 30, 15);
        String vehicle = draft.persona.vehicle();
        String summary = switch (channel) {
            case PHONE -> dice.pick(List.of("MOT reminder call: booked the " + vehicle + " in " + dice.pick(WHEN)
                    .words(), "Service reminder call: customer will book after payday"));
            case EMAIL -> "E-mailed the MOT reminder; customer replied to book " + dice.pick(WHEN).words();
            default -> "Posted the MOT reminder letter with the booking line's number";
        };
        draft.add(desk.contact(new Moment(day, dice.between(9 * 60, 17 * 60)), channel, Direction.OUTBOUND,
                Category.SALE, Outcome.RESOLVED, summary, agent));
    }

    private void upsell(CaseDraft draft, int day, String agent) {
        String finding = dice.pick(FINDINGS);
        String vehicle = draft.persona.vehicle();
        boolean video = dice.chance(0.25);
        boolean approved = dice.chance(0.75);
        String summary = video ? "Video call to show the customer " + finding + " on the " + vehicle + "; "
                : "Workshop found " + finding + " on the " + vehicle + " during the service; rang for the go-ahead: ";
        summary += approved ? "approved (" + price(45, 320) + ")" : "declined for now, advised it is safe until the "
                + "next service";
        draft.add(desk.contact(new Moment(day, dice.between(10 * 60, 16 * 60)), video ? Channel.VIDEO : Channel.PHONE,
                Direction.OUTBOUND, Category.SALE, Outcome.RESOLVED, summary, agent));
    }

    private void colleague(CaseDraft draft, int day, String agent) {
        String team = draft.persona.department();
        Channel channel = inbound(draft.persona, List.of(Channel.CHAT, Channel.PHONE, Channel.FACE_TO_FACE,
                Channel.EMAIL), 40, 25, 20, 15);
        Moment at = desk.timeOn(day, channel);
        Category category = switch (draft.scenario) {
            case PARTS_QUERY, ACCOUNTS_QUERY -> Category.ENQUIRY;
            default -> Category.REQUEST;
        };
        String ask = team + " " + switch (draft.scenario) {
            case WORKSHOP_REQUEST -> dice.pick(List.of("asked the desk to get a customer's go-ahead for extra work",
                    "asked the desk to move a morning job to the afternoon and tell the customer",
                    "asked the desk to chase a courtesy car that was not back"));
            case PARTS_QUERY -> dice.pick(List.of("asked for the VIN of a customer's car to order a clutch kit",
                    "asked whether a customer had approved the parts order",
                    "asked which customer a returned part belongs to"));
            case SALES_REQUEST -> dice.pick(List.of("asked for a pre-delivery inspection slot before a handover",
                    "asked for a service history printout for a part-exchange",
                    "asked for a fleet van's next service date"));
            default -> dice.pick(List.of("asked why a job card had no purchase order number",
                    "asked for the signed authorisation for a warranty claim"));
        };
        if (colleagueAnswered.draw()) {
            CaseDraft.Contact first = draft.add(desk.contact(at, channel, Direction.INBOUND, category,
                    Outcome.RESOLVED, ask + "; sorted and confirmed to " + team, agent));
            if (colleagueChased.draw()) {
                Moment again = desk.timeOn(first.at().day() + dice.between(1, 3), Channel.CHAT);
                draft.add(desk.contact(again, Channel.CHAT, Direction.INBOUND, Category.FOLLOW_UP, Outcome.RESOLVED,
                        team + " chased the same thing again; confirmed it was sorted", desk.anyLearner()));
            }
            return;
        }
        CaseDraft.Contact first = draft.add(desk.contact(at, channel, Direction.INBOUND, category,
                Outcome.FOLLOW_UP_REQUIRED, ask + "; waiting on the customer, will come back to " + team, agent));
        callBack(draft, first, "Come back to " + team + " with the answer", desk.later(at, 120, 300),
                Category.FOLLOW_UP, Outcome.RESOLVED, "Told " + team + " it is sorted", true);
    }

    private void colleagueComplaint(CaseDraft draft, int day, String agent) {
        String team = draft.persona.department();
        Channel channel = dice.chance(0.6) ? Channel.FACE_TO_FACE : Channel.CHAT;
        Moment at = desk.timeOn(day, channel);
        int which = dice.between(0, 2);
        String issue = List.of("Monday was overbooked again (14 jobs for 9 technicians)",
                "cars booked in without the customer's phone number",
                "a job was booked as an MOT but the customer wanted a service").get(which);
        String fix = List.of("a daily cap on Monday bookings in the diary",
                "the booking form now requires a phone number", "the desk reads the job type back to the customer")
                .get(which);
        CaseDraft.Contact first = draft.add(desk.contact(at, channel, Direction.INBOUND, Category.COMPLAINT,
                Outcome.FOLLOW_UP_REQUIRED, team + " complained: " + issue, agent));
        steps(draft, at, agent, true, dice.chance(0.8), false, false);
        Moment due = new Moment(day + 2, 17 * 60);
        Moment meet = new Moment(day + dice.between(1, 2), dice.between(9 * 60, 16 * 60));
        CaseDraft.Contact agreed = draft.add(desk.contact(meet, Channel.FACE_TO_FACE, Direction.OUTBOUND,
                Category.FOLLOW_UP, Outcome.RESOLVED, "Agreed with " + team + ": " + fix, desk.owner(agent)));
        draft.promise(first, "Come back to " + team + " with a fix", null, due, agreed);
        draft.step(ComplaintStep.ACT, agreed.at().plusMinutes(2), agreed.agent());
        if (dice.chance(0.75)) {
            draft.step(ComplaintStep.ASSURE, agreed.at().plusMinutes(4), agreed.agent());
        }
    }

    /**
     * A promise to ring back by {@code due} and the call that keeps it: on time mostly, sometimes late; and if
     * {@code mayForget}, one of the few promises of the last week nobody kept.
     *
     * @return the call back, or null when it was forgotten
     */
    private CaseDraft.Contact callBack(CaseDraft draft, CaseDraft.Contact promised, String promise, Moment due,
            Category category, Outcome outcome, String summary, boolean mayForget) {
        if (mayForget && forgets(promised.at().day())) {
            draft.promise(promised, promise, promisedTo(draft.persona), due, null);
            return null;
        }
        long window = due.minutes() - promised.at().minutes();
        Moment call;
        if (dice.chance(0.12)) {
            call = due.plusMinutes(dice.between(60, 1500)).inOpeningHours();
        } else {
            call = promised.at().plusMinutes(dice.between(20, (int) Math.max(20, window - 10))).inOpeningHours();
            if (call.isAfter(due.plusMinutes(-5))) {
                call = due.plusMinutes(-5);
            }
        }
        Channel channel = draft.persona.internal() ? Channel.CHAT : Channel.PHONE;
        CaseDraft.Contact back = draft.add(desk.contact(call, channel, Direction.OUTBOUND, category, outcome, summary,
                desk.owner(promised.agent())));
        draft.promise(promised, promise, promisedTo(draft.persona), due, back);
        return back;
    }

    /** Whether a promise made on {@code day} is one of the few of the last week that nobody kept. */
    private boolean forgets(int day) {
        if (forgottenLeft > 0 && day >= -12 && day <= -2 && dice.chance(0.5)) {
            forgottenLeft--;
            return true;
        }
        return false;
    }

    private Channel inbound(Persona persona, List<Channel> channels, double... weights) {
        Channel preferred = persona.profile().preferredChannel();
        if (preferred != null && channels.contains(preferred) && dice.chance(0.6)) {
            return preferred;
        }
        return dice.weighted(channels, weights);
    }

    private String promisedTo(Persona persona) {
        return persona.type() == Persona.Type.FLEET && dice.chance(0.5) ? "the fleet manager" : null;
    }

    private String price(int min, int max) {
        return String.format(Locale.ROOT, "£%d", dice.between(min, max));
    }
}
