package rapport.feedback.invitation;

import java.util.Optional;
import rapport.feedback.directory.DirectoryEntry;

/** What a case resolution leads to; {@link #decide} is the whole rule. */
public enum InvitationDecision {
    INVITED,
    /** The customer did not agree to surveys. */
    NO_CONSENT,
    /** An earlier resolution of the same case was already invited and re-invitations are off. */
    NOT_REINVITED,
    /** case.resolved arrived before the customer was known: decided when customer.registered arrives. */
    AWAITING_CUSTOMER,
    CUSTOMER_ERASED;

    static InvitationDecision decide(Optional<DirectoryEntry> customer, boolean caseInvitedBefore,
            boolean reinviteAfterReopen) {
        if (customer.isEmpty()) {
            return AWAITING_CUSTOMER;
        }
        if (customer.get().erased()) {
            return CUSTOMER_ERASED;
        }
        if (!customer.get().surveyConsent()) {
            return NO_CONSENT;
        }
        if (caseInvitedBefore && !reinviteAfterReopen) {
            return NOT_REINVITED;
        }
        return INVITED;
    }
}
