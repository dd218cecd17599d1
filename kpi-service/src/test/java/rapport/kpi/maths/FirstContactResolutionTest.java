package rapport.kpi.maths;

import static org.assertj.core.api.Assertions.assertThat;
import static rapport.kpi.maths.Contacts.caseId;
import static rapport.kpi.maths.Direction.INBOUND;
import static rapport.kpi.maths.Direction.OUTBOUND;
import static rapport.kpi.maths.Outcome.FOLLOW_UP_REQUIRED;
import static rapport.kpi.maths.Outcome.INFO_ONLY;
import static rapport.kpi.maths.Outcome.NO_RESPONSE;
import static rapport.kpi.maths.Outcome.RESOLVED;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * fcr/v1 on one customer's contacts. Each row: the contacts, then the expected eligible cases and
 * how many of them were resolved first time with W = 7 days (worked out by hand in the row's name).
 */
class FirstContactResolutionTest {

    private static final int W = 7;
    private static final Instant LONG_AFTER = Contacts.day(100);

    static Stream<Arguments> histories() {
        var a = caseId("a");
        var b = caseId("b");
        return Stream.of(
                Arguments.of("resolved on the first inbound contact, nothing after: 1 of 1",
                        new Contacts().add(a, 0, INBOUND, "ENQUIRY", RESOLVED), 1, 1),
                Arguments.of("opener needs follow-up: 0 of 1",
                        new Contacts().add(a, 0, INBOUND, "ENQUIRY", FOLLOW_UP_REQUIRED)
                                .add(a, 1, OUTBOUND, "FOLLOW_UP", RESOLVED), 1, 0),
                Arguments.of("customer calls back about the same case on day 3: a repeat, 0 of 1",
                        new Contacts().add(a, 0, INBOUND, "ENQUIRY", RESOLVED).add(a, 3, INBOUND, "ENQUIRY", RESOLVED),
                        1, 0),
                Arguments.of("repeat exactly on day W is outside [first, first + W): 1 of 1",
                        new Contacts().add(a, 0, INBOUND, "ENQUIRY", RESOLVED).add(a, 7, INBOUND, "ENQUIRY", RESOLVED),
                        1, 1),
                Arguments.of("repeat one minute before day W is inside: 0 of 1",
                        new Contacts().add(a, 0, INBOUND, "ENQUIRY", RESOLVED)
                                .add(a, 7 - 1.0 / 1440, INBOUND, "ENQUIRY", RESOLVED), 1, 0),
                Arguments.of("a new case of the same category on day 2 is a repeat of the first: the first 0, "
                                + "the second resolved and nothing after it: 1 of 2",
                        new Contacts().add(a, 0, INBOUND, "COMPLAINT", RESOLVED)
                                .add(b, 2, INBOUND, "COMPLAINT", RESOLVED), 2, 1),
                Arguments.of("a new case of another category is not a repeat: 2 of 2",
                        new Contacts().add(a, 0, INBOUND, "COMPLAINT", RESOLVED)
                                .add(b, 2, INBOUND, "SALE", RESOLVED), 2, 2),
                Arguments.of("an outbound follow-up after resolution is never a repeat: 1 of 1",
                        new Contacts().add(a, 0, INBOUND, "ENQUIRY", RESOLVED)
                                .add(a, 1, OUTBOUND, "FOLLOW_UP", INFO_ONLY), 1, 1),
                Arguments.of("a reopened case (customer came back on day 4, inbound NO_RESPONSE) is not FCR: 0 of 1",
                        new Contacts().add(a, 0, INBOUND, "ENQUIRY", RESOLVED)
                                .add(a, 4, INBOUND, "ENQUIRY", NO_RESPONSE), 1, 0),
                Arguments.of("voided opener: the second contact (day 1, resolved) opens the case: 1 of 1",
                        new Contacts().add(a, 0, INBOUND, "ENQUIRY", FOLLOW_UP_REQUIRED, true)
                                .add(a, 1, INBOUND, "ENQUIRY", RESOLVED), 1, 1),
                Arguments.of("voided repeat contact leaves the KPI: 1 of 1",
                        new Contacts().add(a, 0, INBOUND, "ENQUIRY", RESOLVED)
                                .add(a, 2, INBOUND, "ENQUIRY", RESOLVED, true), 1, 1),
                Arguments.of("every contact voided: the case counts nowhere, 0 eligible",
                        new Contacts().add(a, 0, INBOUND, "ENQUIRY", RESOLVED, true), 0, 0),
                Arguments.of("an outbound opener is not eligible: 0 eligible",
                        new Contacts().add(a, 0, OUTBOUND, "SALE", RESOLVED), 0, 0),
                Arguments.of("a backdated contact logged later but occurring first becomes the opener (follow-up "
                                + "required), so the case is not FCR: 0 of 1",
                        backdated(), 1, 0));
    }

    /** Logged in this order: the resolving call (day 1), then a call on day 0 entered afterwards. */
    private static Contacts backdated() {
        var a = caseId("a");
        return new Contacts().add(a, 1, INBOUND, "ENQUIRY", RESOLVED).add(a, 0, INBOUND, "ENQUIRY", FOLLOW_UP_REQUIRED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void resolvedFirstTimeFollowsTheSpec(String description, Contacts contacts, int eligible, int resolvedFirstTime) {
        List<FcrCase> cases = CaseTimeline.derive(contacts.list()).stream()
                .filter(c -> c.openerDirection() == Direction.INBOUND).map(CaseFacts::fcrCase).toList();
        KpiResult fcr = FirstContactResolution.ofCases(cases, W, LONG_AFTER);
        assertThat(fcr.n()).isEqualTo(eligible);
        assertThat(fcr.numerator()).isEqualTo((long) resolvedFirstTime);
        assertThat(fcr.value()).isEqualTo(eligible == 0 ? null : 100.0 * resolvedFirstTime / eligible);
        assertThat(fcr.definition()).isEqualTo("fcr/v1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void theArrivalOrderOfContactsDoesNotMatter(String description, Contacts contacts, int eligible, int resolved) {
        List<Contact> reversed = new java.util.ArrayList<>(contacts.list());
        Collections.reverse(reversed);
        assertThat(CaseTimeline.derive(reversed)).containsExactlyInAnyOrderElementsOf(CaseTimeline.derive(contacts.list()));
    }

    @Test
    void noEligibleCaseGivesNullNotZero() {
        KpiResult fcr = FirstContactResolution.compute(List.of(), W);
        assertThat(fcr.value()).isNull();
        assertThat(fcr.n()).isZero();
    }

    @Test
    void aCaseWhoseWindowIsStillOpenIsCountedAndReportedProvisional() {
        // opened on day 0, now is day 3: window [0, 7) still open; resolved with no repeat so far
        KpiResult fcr = FirstContactResolution.ofCases(List.of(new FcrCase(Contacts.day(0), true, null),
                new FcrCase(Contacts.day(-30), true, null)), W, Contacts.day(3));
        assertThat(fcr.value()).isEqualTo(100.0);
        assertThat(fcr.detail("provisional")).isEqualTo(1L);
    }

    @Test
    void groupingByWholeDaysKeepsTheWindowBoundaryExact() {
        // a repeat 6 days 23:59 after the opener is inside W = 7 (floor 6 < 7); exactly 7 days is outside
        FcrCase inside = new FcrCase(Contacts.day(0), true, Contacts.day(7 - 1.0 / 1440));
        FcrCase boundary = new FcrCase(Contacts.day(0), true, Contacts.day(7));
        assertThat(FcrGroup.of(inside, LONG_AFTER).repeatGapDays()).isEqualTo(6);
        assertThat(inside.resolvedFirstTime(W)).isFalse();
        assertThat(boundary.resolvedFirstTime(W)).isTrue();
        // cases alike for every W fall into one group: two resolved cases without repeats, 100 days old (capped)
        assertThat(FcrGroup.of(new FcrCase(Contacts.day(0), true, null), LONG_AFTER))
                .isEqualTo(new FcrGroup(true, null, FcrGroup.CAP, 1));
    }

    @Test
    void statusReopensAndResolutionTimeFollowTheOrderedContacts() {
        var a = caseId("a");
        // day 0 inbound RESOLVED (resolved), day 2 inbound INFO_ONLY (reopen 1), day 3 outbound NO_RESPONSE
        // (unchanged), day 4 inbound RESOLVED (resolved again), day 5 inbound ESCALATED (reopen 2)
        List<CaseFacts> cases = CaseTimeline.derive(new Contacts().add(a, 0, INBOUND, "COMPLAINT", RESOLVED)
                .add(a, 2, INBOUND, "COMPLAINT", INFO_ONLY).add(a, 3, OUTBOUND, "FOLLOW_UP", NO_RESPONSE)
                .add(a, 4, INBOUND, "COMPLAINT", RESOLVED).add(a, 5, INBOUND, "COMPLAINT", Outcome.ESCALATED).list());
        assertThat(cases).singleElement().satisfies(c -> {
            assertThat(c.reopens()).isEqualTo(2);
            assertThat(c.status()).isEqualTo(CaseStatus.OPEN);
            assertThat(c.resolvedAt()).isEqualTo(Contacts.day(0));
            assertThat(c.category()).isEqualTo("COMPLAINT");
            assertThat(c.nextRepeatAt()).isEqualTo(Contacts.day(2));
        });
    }

    @Test
    void anOutboundCourtesyCallDoesNotReopenAResolvedCase() {
        var a = caseId("a");
        List<CaseFacts> cases = CaseTimeline.derive(new Contacts().add(a, 0, INBOUND, "ENQUIRY", RESOLVED)
                .add(a, 1, OUTBOUND, "FOLLOW_UP", INFO_ONLY).list());
        assertThat(cases.getFirst().status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(cases.getFirst().reopens()).isZero();
    }
}
