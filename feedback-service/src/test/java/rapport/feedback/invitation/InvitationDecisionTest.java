package rapport.feedback.invitation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import rapport.feedback.directory.DirectoryEntry;

class InvitationDecisionTest {

    @ParameterizedTest(name = "known={0} erased={1} consent={2} invitedBefore={3} reinvite={4} -> {5}")
    @CsvSource({
            "false, false, false, false, true,  AWAITING_CUSTOMER",
            "true,  true,  false, false, true,  CUSTOMER_ERASED",
            "true,  false, false, false, true,  NO_CONSENT",
            "true,  false, false, true,  true,  NO_CONSENT",
            "true,  false, true,  false, true,  INVITED",
            "true,  false, true,  false, false, INVITED",
            "true,  false, true,  true,  true,  INVITED",
            "true,  false, true,  true,  false, NOT_REINVITED",
    })
    void theDecisionFollowsConsentErasureAndTheReinviteSetting(boolean known, boolean erased, boolean consent,
            boolean invitedBefore, boolean reinvite, InvitationDecision expected) {
        Optional<DirectoryEntry> customer = known ? Optional.of(new DirectoryEntry(UUID.randomUUID(), "t", "n",
                "EXTERNAL", consent, erased, Instant.now(), null, false)) : Optional.empty();
        assertThat(InvitationDecision.decide(customer, invitedBefore, reinvite)).isEqualTo(expected);
    }
}
