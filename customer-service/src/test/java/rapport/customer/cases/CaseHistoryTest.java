package rapport.customer.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static rapport.customer.interactions.Direction.INBOUND;
import static rapport.customer.interactions.Direction.OUTBOUND;
import static rapport.customer.interactions.Outcome.ESCALATED;
import static rapport.customer.interactions.Outcome.FOLLOW_UP_REQUIRED;
import static rapport.customer.interactions.Outcome.INFO_ONLY;
import static rapport.customer.interactions.Outcome.NO_RESPONSE;
import static rapport.customer.interactions.Outcome.REFERRED;
import static rapport.customer.interactions.Outcome.RESOLVED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import rapport.customer.interactions.Category;
import rapport.customer.interactions.Direction;
import rapport.customer.interactions.Outcome;

class CaseHistoryTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    /** Interaction number {@code seq} (logging order), {@code minute} minutes after T0. */
    private static CaseFact at(int minute, int seq, Direction direction, Outcome outcome) {
        return new CaseFact(new UUID(0, seq), T0.plusSeconds(60L * minute), seq, direction, Category.ENQUIRY, outcome,
                false);
    }

    private static CaseFact voided(CaseFact fact) {
        return new CaseFact(fact.interactionId(), fact.occurredAt(), fact.sequence(), fact.direction(), fact.category(),
                fact.outcome(), true);
    }

    static Stream<Arguments> histories() {
        return Stream.of(
                // name, facts (any arrival order), status, reopens, resolutions, first-resolved minute, opener seq
                Arguments.of("first-contact resolution",
                        List.of(at(0, 1, INBOUND, RESOLVED)), CaseStatus.RESOLVED, 0, 1, 0, 1),
                Arguments.of("open until resolved",
                        List.of(at(0, 1, INBOUND, FOLLOW_UP_REQUIRED), at(10, 2, OUTBOUND, RESOLVED)),
                        CaseStatus.RESOLVED, 0, 1, 10, 1),
                Arguments.of("inbound INFO_ONLY after resolution reopens",
                        List.of(at(0, 1, INBOUND, RESOLVED), at(10, 2, INBOUND, INFO_ONLY)), CaseStatus.OPEN, 1, 1, 0, 1),
                Arguments.of("inbound NO_RESPONSE after resolution reopens",
                        List.of(at(0, 1, INBOUND, RESOLVED), at(10, 2, INBOUND, NO_RESPONSE)), CaseStatus.OPEN, 1, 1, 0, 1),
                Arguments.of("outbound courtesy INFO_ONLY does not reopen",
                        List.of(at(0, 1, INBOUND, RESOLVED), at(10, 2, OUTBOUND, INFO_ONLY)), CaseStatus.RESOLVED, 0, 1, 0, 1),
                Arguments.of("outbound NO_RESPONSE does not reopen",
                        List.of(at(0, 1, INBOUND, RESOLVED), at(10, 2, OUTBOUND, NO_RESPONSE)), CaseStatus.RESOLVED, 0, 1, 0, 1),
                Arguments.of("outbound courtesy leaves an open case open",
                        List.of(at(0, 1, INBOUND, ESCALATED), at(10, 2, OUTBOUND, INFO_ONLY)), CaseStatus.OPEN, 0, 0, null, 1),
                Arguments.of("every reopen counts; resolution time is the first resolution",
                        List.of(at(0, 1, INBOUND, RESOLVED), at(10, 2, INBOUND, REFERRED), at(20, 3, OUTBOUND, RESOLVED),
                                at(30, 4, INBOUND, ESCALATED), at(40, 5, INBOUND, RESOLVED)),
                        CaseStatus.RESOLVED, 2, 3, 0, 1),
                Arguments.of("resolved twice in a row is one resolution",
                        List.of(at(0, 1, INBOUND, RESOLVED), at(10, 2, OUTBOUND, RESOLVED)), CaseStatus.RESOLVED, 0, 1, 0, 1),
                Arguments.of("a backdated contact becomes the opener",
                        List.of(at(60, 1, INBOUND, RESOLVED), at(0, 2, INBOUND, FOLLOW_UP_REQUIRED)),
                        CaseStatus.RESOLVED, 0, 1, 60, 2),
                Arguments.of("a backdated resolution before an escalation leaves the case open, reopened",
                        List.of(at(60, 1, INBOUND, ESCALATED), at(0, 2, INBOUND, RESOLVED)), CaseStatus.OPEN, 1, 1, 0, 2),
                Arguments.of("ties of occurredAt go by logging order",
                        List.of(at(0, 2, INBOUND, RESOLVED), at(0, 1, INBOUND, FOLLOW_UP_REQUIRED)),
                        CaseStatus.RESOLVED, 0, 1, 0, 1),
                Arguments.of("a voided opener hands over to the next contact",
                        List.of(voided(at(0, 1, INBOUND, RESOLVED)), at(10, 2, INBOUND, FOLLOW_UP_REQUIRED)),
                        CaseStatus.OPEN, 0, 0, null, 2),
                Arguments.of("a voided reopen is no reopen",
                        List.of(at(0, 1, INBOUND, RESOLVED), voided(at(10, 2, INBOUND, INFO_ONLY))),
                        CaseStatus.RESOLVED, 0, 1, 0, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void statusFollowsTheOrderedNonVoidedInteractions(String name, List<CaseFact> facts, CaseStatus status, int reopens,
            int resolutions, Integer firstResolvedMinute, int openerSeq) {
        for (List<CaseFact> arrival : List.of(facts, reversed(facts), shuffled(facts))) {
            CaseState state = CaseHistory.compute(arrival);
            assertThat(state.status()).as(name).isEqualTo(status);
            assertThat(state.reopens()).as(name + ": reopens").isEqualTo(reopens);
            assertThat(state.resolutions()).as(name + ": resolutions").isEqualTo(resolutions);
            assertThat(state.firstResolvedAt()).as(name + ": resolution time")
                    .isEqualTo(firstResolvedMinute == null ? null : T0.plusSeconds(60L * firstResolvedMinute));
            assertThat(state.opener().sequence()).as(name + ": opener").isEqualTo(openerSeq);
        }
    }

    @Test
    void aCaseWhoseInteractionsAreAllVoidedCountsNowhere() {
        CaseState state = CaseHistory.compute(List.of(voided(at(0, 1, INBOUND, RESOLVED))));
        assertThat(state.status()).isEqualTo(CaseStatus.VOIDED);
        assertThat(state.opener()).isNull();
        assertThat(state.firstResolvedAt()).isNull();
    }

    @Test
    void theStatusChangerIsTheInteractionThatLastChangedTheStatus() {
        CaseFact resolving = at(10, 2, OUTBOUND, RESOLVED);
        CaseState resolved = CaseHistory.compute(List.of(at(0, 1, INBOUND, ESCALATED), resolving,
                at(20, 3, OUTBOUND, INFO_ONLY), at(30, 4, OUTBOUND, RESOLVED)));
        assertThat(resolved.changedBy()).isEqualTo(resolving);

        CaseFact opener = at(0, 1, INBOUND, ESCALATED);
        assertThat(CaseHistory.compute(List.of(opener, at(5, 2, INBOUND, REFERRED))).changedBy()).isEqualTo(opener);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void everyOutcomeHasARuleInBothDirections(Outcome outcome) {
        for (CaseStatus current : List.of(CaseStatus.OPEN, CaseStatus.RESOLVED)) {
            CaseStatus inbound = CaseHistory.next(current, outcome, INBOUND);
            CaseStatus outbound = CaseHistory.next(current, outcome, OUTBOUND);
            CaseStatus expectedIn = outcome == RESOLVED ? CaseStatus.RESOLVED : CaseStatus.OPEN;
            CaseStatus expectedOut = switch (outcome) {
                case RESOLVED -> CaseStatus.RESOLVED;
                case INFO_ONLY, NO_RESPONSE -> current;
                default -> CaseStatus.OPEN;
            };
            assertThat(inbound).isEqualTo(expectedIn);
            assertThat(outbound).isEqualTo(expectedOut);
        }
    }

    private static List<CaseFact> reversed(List<CaseFact> facts) {
        List<CaseFact> copy = new ArrayList<>(facts);
        Collections.reverse(copy);
        return copy;
    }

    private static List<CaseFact> shuffled(List<CaseFact> facts) {
        List<CaseFact> copy = new ArrayList<>(facts);
        Collections.shuffle(copy, new java.util.Random(facts.size()));
        return Arrays.asList(copy.toArray(CaseFact[]::new));
    }
}
