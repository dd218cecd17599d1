package rapport.demo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The plan alone: what the placement promises, whatever the services make of it. */
class PlacementPlannerTest {

    private final Placement placement = PlacementPlanner.plan(1);

    private Stream<PlannedContact> contacts() {
        return placement.customers().stream().flatMap(c -> c.contacts().stream());
    }

    private Stream<PlannedPromise> promises() {
        return placement.customers().stream().flatMap(c -> c.promises().stream());
    }

    private Stream<PlannedResponse> responses() {
        return placement.customers().stream().flatMap(c -> c.responses().stream());
    }

    @Test
    void theSameSeedGivesTheSamePlacementAndAnotherSeedAnother() {
        assertThat(PlacementPlanner.plan(1)).isEqualTo(placement);
        assertThat(PlacementPlanner.plan(2)).isNotEqualTo(placement);
    }

    @Test
    void threeHundredCustomersInternalAndExternalInEverySegment() {
        assertThat(placement.customers()).hasSize(300);
        for (CustomerKind kind : CustomerKind.values()) {
            assertThat(placement.customers().stream().map(PlannedCustomer::profile).filter(p -> p.kind() == kind)
                    .map(PlannedCustomer.Profile::valueSegment).distinct())
                    .as("segments of %s customers", kind).containsExactlyInAnyOrder(ValueSegment.values());
        }
        assertThat(placement.customers().stream().filter(c -> c.profile().surveyConsent()).count())
                .as("customers who agreed to surveys").isBetween(150L, 250L);
    }

    @Test
    void contactDetailsAreUniqueAndReachNobody() {
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        for (PlannedCustomer customer : placement.customers()) {
            PlannedCustomer.Profile profile = customer.profile();
            assertThat(profile.email() != null || profile.phone() != null).as(customer.key()).isTrue();
            if (profile.email() != null) {
                assertThat(profile.email()).matches("[a-z0-9.]+@([a-z]+\\.)?example\\.(org|net|com)");
                assertThat(emails.add(profile.email())).as("unique " + profile.email()).isTrue();
            }
            if (profile.phone() != null) {
                assertThat(profile.phone()).matches("07700 900\\d{3}|01632 960\\d{3}");
                assertThat(phones.add(profile.phone())).as("unique " + profile.phone()).isTrue();
            }
        }
        assertThat(placement.customers().stream().map(c -> c.profile().displayName()).distinct()).hasSize(300);
    }

    @Test
    void eachCustomersContactsAreStrictlyInTimeOrderAndTheFirstOfACaseOpensIt() {
        for (PlannedCustomer customer : placement.customers()) {
            List<PlannedContact> contacts = customer.contacts();
            assertThat(contacts).as(customer.key()).isNotEmpty();
            Set<Integer> opened = new HashSet<>();
            for (int i = 0; i < contacts.size(); i++) {
                PlannedContact contact = contacts.get(i);
                assertThat(contact.at().day()).isBetween(1 - placement.days(), 0);
                assertThat(contact.at().minute()).isBetween(Moment.EARLIEST, Moment.LATEST);
                if (i > 0) {
                    assertThat(contact.at()).as(customer.key() + " contact " + i).isGreaterThan(contacts.get(i - 1).at());
                }
                assertThat(contact.opensCase()).isEqualTo(opened.add(contact.caseNumber()));
                if (contact.opensCase()) {
                    assertThat(customer.cases().get(contact.caseNumber()).category()).isEqualTo(contact.category());
                }
                assertThat(contact.agent()).isIn(placement.learners());
            }
            assertThat(opened).hasSize(customer.cases().size());
        }
    }

    @Test
    void aboutTwelveHundredContactsOnEveryChannelAndOfEveryKind() {
        assertThat(placement.contactCount()).isBetween(1000, 1500);
        assertThat(contacts().map(PlannedContact::channel).distinct()).containsExactlyInAnyOrder(Channel.values());
        assertThat(contacts().map(PlannedContact::category).distinct()).contains(Category.ENQUIRY, Category.REQUEST,
                Category.COMPLAINT, Category.COMPLIMENT, Category.SALE, Category.FOLLOW_UP);
        assertThat(contacts().map(PlannedContact::direction).distinct()).containsExactlyInAnyOrder(
                Direction.values());
        assertThat(contacts().filter(c -> c.summary().contains("MOT"))).isNotEmpty();
        assertThat(contacts().filter(c -> c.summary().contains("service"))).isNotEmpty();
        assertThat(placement.customers().stream().filter(c -> c.cases().size() > 3)).as("regulars").isNotEmpty();
    }

    @Test
    void complaintStepsAreOnComplaintsOnlyOncePerStepAndNotAlwaysAllFour() {
        int allFour = 0;
        int complaints = 0;
        for (PlannedCustomer customer : placement.customers()) {
            for (PlannedCase plannedCase : customer.cases()) {
                if (plannedCase.category() != Category.COMPLAINT) {
                    assertThat(plannedCase.steps()).isEmpty();
                    continue;
                }
                complaints++;
                Set<ComplaintStep> steps = EnumSet.noneOf(ComplaintStep.class);
                plannedCase.steps().forEach(s -> assertThat(steps.add(s.step())).as("once: " + s.step()).isTrue());
                allFour += steps.size() == 4 ? 1 : 0;
            }
        }
        assertThat(complaints).isGreaterThan(30);
        assertThat(allFour).isGreaterThan(0).isLessThan(complaints);
        assertThat(placement.stepCount()).isGreaterThan(complaints);
    }

    @Test
    void promisesAreDueAfterTheyAreMadeAndKeptAfterThatSomeLateAFewNever() {
        for (PlannedCustomer customer : placement.customers()) {
            for (PlannedPromise promise : customer.promises()) {
                assertThat(promise.promisedAt()).isEqualTo(customer.contacts().get(promise.contactNumber()).at());
                assertThat(promise.dueAt()).isGreaterThan(promise.promisedAt());
                if (promise.completedAt() != null) {
                    assertThat(promise.completedAt()).isGreaterThan(promise.promisedAt());
                    assertThat(promise.completedAt().day()).isLessThanOrEqualTo(0);
                }
            }
            assertThat(customer.promises().stream().map(PlannedPromise::contactNumber).distinct())
                    .as("one promise a contact").hasSize(customer.promises().size());
        }
        assertThat(placement.promiseCount()).isGreaterThan(150);
        assertThat(promises().filter(PlannedPromise::keptLate).count()).isBetween(10L, 60L);
        assertThat(promises().filter(p -> p.completedAt() == null && p.dueAt().day() < 0).count())
                .as("overdue before today").isBetween(1L, (long) Scripts.FORGOTTEN_PROMISES + 3);
    }

    @Test
    void surveysAnswerResolvedCasesOnPaperByPhoneAndAFewOnTheirPage() {
        for (PlannedCustomer customer : placement.customers()) {
            assertThat(customer.responses().stream().map(PlannedResponse::caseNumber).distinct())
                    .as("one answer a case").hasSize(customer.responses().size());
            for (PlannedResponse response : customer.responses()) {
                if (response.source() != FeedbackSource.PAPER) {
                    assertThat(customer.profile().surveyConsent()).as("invited, so consenting").isTrue();
                }
                PlannedResponse.Answers a = response.answers();
                assertThat(a.csat() != null || a.nps() != null || a.ces() != null || a.rater() != null).isTrue();
                assertThat(a.csat()).isIn(null, 1, 2, 3, 4, 5);
                assertThat(a.nps() == null || a.nps() >= 0 && a.nps() <= 10).isTrue();
                assertThat(a.ces() == null || a.ces() >= 1 && a.ces() <= 7).isTrue();
                assertThat(response.submittedAt().day()).isLessThanOrEqualTo(0);
            }
        }
        assertThat(responses().filter(r -> r.source() == FeedbackSource.SURVEY_LINK)).hasSize(
                Surveys.LINK_ANSWERS);
        assertThat(responses().filter(r -> r.source() == FeedbackSource.PHONE).count()).isGreaterThan(20);
        assertThat(responses().filter(r -> r.source() == FeedbackSource.PAPER).count()).isGreaterThan(60);
        assertThat(responses().filter(r -> r.answers().comment() != null)).isNotEmpty();
    }

    @Test
    void bothImprovementsAreEvaluatedOnClosedWindowsInsideThePlacement() {
        assertThat(placement.improvements()).extracting(PlannedImprovement::targetKpi).containsExactly("fcr", "csat");
        for (PlannedImprovement action : placement.improvements()) {
            int baselineFrom = action.dateInPlace() - 28;
            int evaluationTo = action.dateInPlace() + 28;
            assertThat(baselineFrom).isGreaterThanOrEqualTo(1 - placement.days());
            assertThat(evaluationTo).as("the evaluation window has ended").isLessThanOrEqualTo(0);
        }
    }
}
