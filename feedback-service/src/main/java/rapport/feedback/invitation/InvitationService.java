package rapport.feedback.invitation;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rapport.events.EventType;
import rapport.events.customer.CaseResolved;
import rapport.events.feedback.InvitationSent;
import rapport.feedback.common.Channel;
import rapport.feedback.directory.CustomerDirectory;
import rapport.feedback.directory.DirectoryEntry;
import rapport.messaging.inbox.RetryLaterException;
import rapport.messaging.inbox.UnprocessableEventException;
import rapport.messaging.outbox.OutboxWriter;
import rapport.web.Page;
import rapport.web.PageParams;
import rapport.web.ProblemException;

/** Creates survey invitations (after resolved cases, or by hand) and answers what a token stands for. */
@ApplicationScoped
public class InvitationService {


    @Inject
    CustomerDirectory directory;

    @Inject
    InvitationMailer mailer;

    @Inject
    MailOutbox mails;

    @Inject
    InvitationConfig config;

    @Inject
    OutboxWriter outbox;

    @Inject
    Clock clock;

    /** What an invitation is about. */
    private record About(UUID caseId, Integer resolution, UUID interactionId, String agent, Channel channel) {
    }

    /** Invites the customer once per resolution, if they agreed to surveys; remembers the resolution either way. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseResolved(CaseResolved event) {
        if (CaseResolution.known(event.caseId(), event.resolution())) {
            return; // the same resolution delivered again
        }
        Optional<DirectoryEntry> customer = directory.find(event.customerId());
        if (customer.isPresent() && !customer.get().teamId().equals(event.teamId())) {
            throw new UnprocessableEventException("case " + event.caseId() + " of team " + event.teamId()
                    + " names customer " + event.customerId() + " of another team");
        }
        requireReadable(customer);
        CaseResolution resolution = CaseResolution.of(event, clock.instant());
        decide(resolution, customer);
        resolution.persist();
    }

    /** An invitation is decided on the customer's readable address: an event waits for the customer's data key. */
    private static void requireReadable(Optional<DirectoryEntry> customer) {
        if (customer.isPresent() && customer.get().invitable() && customer.get().detailsPending()) {
            throw new RetryLaterException("the data key of customer " + customer.get().customerId()
                    + " has not arrived yet");
        }
    }

    /** Decides the resolutions that arrived before their customer, now that the customer is known. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void customerKnown(UUID customerId) {
        Optional<DirectoryEntry> customer = directory.find(customerId);
        List<CaseResolution> awaiting = CaseResolution.awaiting(customerId);
        if (!awaiting.isEmpty()) {
            requireReadable(customer);
        }
        for (CaseResolution waiting : awaiting) {
            decide(waiting, customer);
        }
    }

    /** The customer was erased: none of their links works any more. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawAll(UUID customerId) {
        Instant now = clock.instant();
        Invitation.update("withdrawnAt = ?1 where customerId = ?2 and withdrawnAt is null and answeredAt is null",
                now, customerId);
        CaseResolution.update("outcome = ?1 where customerId = ?2 and outcome = ?3",
                InvitationDecision.CUSTOMER_ERASED, customerId, InvitationDecision.AWAITING_CUSTOMER);
    }

    private void decide(CaseResolution resolution, Optional<DirectoryEntry> customer) {
        resolution.outcome = InvitationDecision.decide(customer, CaseResolution.invitedBefore(resolution.key.caseId),
                config.reinviteAfterReopen());
        if (resolution.outcome == InvitationDecision.INVITED) {
            About about = new About(resolution.key.caseId, resolution.key.resolution, resolution.interactionId,
                    resolution.agent, Channel.valueOf(resolution.channel));
            resolution.invitationId = issue(customer.orElseThrow(), about, Origin.CASE_RESOLVED, null, true)
                    .invitation().id();
        }
    }

    /** A team member's invitation; the link in the result is the only time it is shown. */
    @Transactional
    public IssuedInvitation createByHand(String teamId, NewInvitation request, String caller) {
        UUID id = UUID.randomUUID();
        DirectoryEntry customer = directory.get(teamId, request.customerId());
        if (customer.erased()) {
            throw ProblemException.unprocessable("customer-erased", "Customer erased",
                    "customer " + customer.customerId() + " was erased and cannot be surveyed", "customerId");
        }
        Optional<CaseResolution> resolved = Optional.ofNullable(request.caseId()).flatMap(CaseResolution::latest);
        if (resolved.isPresent() && !resolved.get().customerId.equals(customer.customerId())) {
            throw ProblemException.unprocessable("case-of-another-customer", "Case of another customer",
                    "case " + request.caseId() + " is not a case of customer " + customer.customerId(), "caseId");
        }
        About about = new About(request.caseId(), null, resolved.map(r -> r.interactionId).orElse(null),
                firstNonNull(request.agent(), resolved.map(r -> r.agent).orElse(null), caller),
                firstNonNull(request.channel(), resolved.map(r -> Channel.valueOf(r.channel)).orElse(null), null));
        return issue(customer, about, Origin.MANUAL, caller, !Boolean.FALSE.equals(request.sendEmail()), id);
    }

    /** A fresh link for an unanswered invitation (the old one stops working), valid for the configured expiry. */
    @Transactional
    public IssuedInvitation issueNewLink(String teamId, UUID invitationId) {
        Invitation invitation = Invitation.findInTeam(teamId, invitationId)
                .orElseThrow(() -> ProblemException.notFound("invitation", invitationId));
        Instant now = clock.instant();
        InvitationStatus status = invitation.status(now);
        if (status == InvitationStatus.ANSWERED || status == InvitationStatus.WITHDRAWN) {
            throw ProblemException.conflict("invitation-closed", "Invitation closed",
                    "invitation " + invitationId + " is " + status + ": it cannot get a new link", null);
        }
        SurveyToken token = SurveyToken.generate();
        invitation.tokenHash = token.hash();
        invitation.expiresAt = now.plus(config.expiry());
        return new IssuedInvitation(InvitationView.of(invitation, now), linkFor(token));
    }

    public InvitationView get(String teamId, UUID invitationId) {
        return Invitation.findInTeam(teamId, invitationId).map(i -> InvitationView.of(i, clock.instant()))
                .orElseThrow(() -> ProblemException.notFound("invitation", invitationId));
    }

    public Page<InvitationView> list(String teamId, UUID customerId, InvitationStatus status, PageParams paging) {
        StringBuilder query = new StringBuilder("teamId = :team");
        Parameters params = Parameters.with("team", teamId);
        if (customerId != null) {
            query.append(" and customerId = :customer");
            params.and("customer", customerId);
        }
        if (status != null) {
            query.append(switch (status) {
                case ANSWERED -> " and answeredAt is not null";
                case WITHDRAWN -> " and answeredAt is null and withdrawnAt is not null";
                case EXPIRED -> " and answeredAt is null and withdrawnAt is null and expiresAt <= :now";
                case OPEN -> " and answeredAt is null and withdrawnAt is null and expiresAt > :now";
            });
            if (status == InvitationStatus.EXPIRED || status == InvitationStatus.OPEN) {
                params.and("now", clock.instant());
            }
        }
        var found = Invitation.<Invitation>find(query + " order by sentAt desc, id", params)
                .page(paging.page, paging.size);
        Instant now = clock.instant();
        return Page.of(paging, found.list(), found.count()).map(i -> InvitationView.of(i, now));
    }

    /** Every invitation of the customer, oldest first (subject access), and never a link. */
    public List<InvitationView> ofCustomer(String teamId, UUID customerId) {
        Instant now = clock.instant();
        return Invitation.<Invitation>list("teamId = ?1 and customerId = ?2 order by sentAt, id", teamId, customerId)
                .stream().map(i -> InvitationView.of(i, now)).toList();
    }

    /** Every resolution of the customer's cases this service heard of, in the order they happened. */
    public List<ResolutionView> resolutionsOf(String teamId, UUID customerId) {
        return CaseResolution.<CaseResolution>list("teamId = ?1 and customerId = ?2 order by resolvedAt, key.caseId, "
                + "key.resolution", teamId, customerId).stream().map(ResolutionView::of).toList();
    }

    /** Whether a survey link can be answered; empty for a malformed or unknown token. */
    public Optional<InvitationStatus> statusOf(String token) {
        return byToken(token).map(i -> i.status(clock.instant()));
    }

    /** The invitation a survey link stands for; empty for a malformed or unknown token. */
    public Optional<Invitation> byToken(String token) {
        return SurveyToken.parse(token).flatMap(Invitation::findByToken);
    }

    /**
     * Marks the invitation answered if it still is open. Atomic: of two concurrent answers on one
     * link, exactly one gets {@code true} (the row lock makes the second re-check the condition).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claimForAnswer(Invitation invitation, Instant answeredAt, boolean evenIfExpired) {
        String expiry = evenIfExpired ? "" : " and expiresAt > ?1";
        return Invitation.update("answeredAt = ?1 where id = ?2 and answeredAt is null and withdrawnAt is null"
                + expiry, answeredAt, invitation.id) == 1;
    }

    private IssuedInvitation issue(DirectoryEntry customer, About about, Origin origin, String createdBy,
            boolean mayMail) {
        return issue(customer, about, origin, createdBy, mayMail, UUID.randomUUID());
    }

    private IssuedInvitation issue(DirectoryEntry customer, About about, Origin origin, String createdBy,
            boolean mayMail, UUID id) {
        Instant now = clock.instant();
        SurveyToken token = SurveyToken.generate();
        Invitation invitation = new Invitation();
        invitation.id = id;
        invitation.teamId = customer.teamId();
        invitation.customerId = customer.customerId();
        invitation.caseId = about.caseId();
        invitation.resolution = about.resolution();
        invitation.interactionId = about.interactionId();
        invitation.agent = about.agent();
        invitation.channel = about.channel();
        invitation.origin = origin;
        invitation.createdBy = createdBy;
        invitation.tokenHash = token.hash();
        invitation.sentAt = now;
        invitation.expiresAt = now.plus(config.expiry());
        invitation.delivery = Delivery.LINK;
        invitation.persistAndFlush(); // a constraint failure must happen before any mail goes out
        String link = linkFor(token);
        if (mayMail && mailer.canMail(customer)) {
            mails.queue(invitation, customer, link);
            invitation.delivery = Delivery.EMAIL;
        }
        outbox.publish(EventType.INVITATION_SENT, invitation.customerId, invitation.teamId, new InvitationSent(
                invitation.id, invitation.customerId, invitation.teamId, invitation.caseId, invitation.interactionId,
                invitation.agent, invitation.channel == null ? null : invitation.channel.name(),
                invitation.delivery.name(), invitation.sentAt, invitation.expiresAt));
        return new IssuedInvitation(InvitationView.of(invitation, now), link);
    }

    private String linkFor(SurveyToken token) {
        String base = config.publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/s/" + token.value();
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
