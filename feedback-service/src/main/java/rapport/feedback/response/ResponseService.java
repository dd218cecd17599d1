package rapport.feedback.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import rapport.events.EventType;
import rapport.events.PersonalDataFields;
import rapport.events.feedback.FeedbackSubmitted;
import rapport.feedback.directory.CustomerDirectory;
import rapport.feedback.directory.DirectoryEntry;
import rapport.feedback.invitation.CaseResolution;
import rapport.feedback.invitation.Invitation;
import rapport.feedback.invitation.InvitationService;
import rapport.feedback.invitation.InvitationStatus;
import rapport.messaging.keys.DataKeys;
import rapport.messaging.outbox.OutboxWriter;
import rapport.personaldata.DataKey;
import rapport.personaldata.FieldCipher;
import rapport.web.FieldError;
import rapport.web.ProblemException;

/** Stores survey responses, from the answer page or recorded by a team member, and publishes them. */
@ApplicationScoped
public class ResponseService {

    @Inject
    InvitationService invitations;

    @Inject
    CustomerDirectory directory;

    @Inject
    DataKeys keys;

    @Inject
    OutboxWriter outbox;

    @Inject
    Validator validator;

    @Inject
    ResponseConfig config;

    @Inject
    Clock clock;

    /** The customer's answer through a survey link: stored at most once per link. */
    @Transactional
    public LinkAnswer answerThroughLink(String token, Answers raw) {
        Optional<Invitation> found = invitations.byToken(token);
        if (found.isEmpty()) {
            return new LinkAnswer.Closed(null);
        }
        Invitation invitation = found.get();
        Instant now = clock.instant();
        if (invitation.status(now) != InvitationStatus.OPEN) {
            return new LinkAnswer.Closed(invitation.status(now));
        }
        List<FieldError> errors = validator.validate(raw).stream()
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        Answers answers = raw.cleaned();
        if (errors.isEmpty() && !answers.hasScore()) {
            errors = List.of(new FieldError("answers", "answer at least one question"));
        }
        if (!errors.isEmpty()) {
            return new LinkAnswer.Invalid(errors);
        }
        if (!invitations.claimForAnswer(invitation, now, false)) {
            return new LinkAnswer.Closed(InvitationStatus.ANSWERED); // a concurrent answer won
        }
        SurveyResponse response = newResponse(invitation.teamId, Source.SURVEY_LINK, now, null, answers);
        linkTo(response, invitation);
        store(response);
        return new LinkAnswer.Stored();
    }

    /** Feedback a team member collected; bad input is refused before anything is written. */
    @Transactional
    public ResponseView record(String teamId, RecordedResponse request, String caller) {
        UUID id = UUID.randomUUID();
        if (request.source() == Source.SURVEY_LINK) {
            throw ProblemException.invalidField("source", "SURVEY_LINK is reserved for answers through the survey "
                    + "page; use PAPER, PHONE, IN_PERSON, EMAIL or OTHER");
        }
        Instant now = clock.instant();
        Instant submittedAt = request.submittedAt() == null ? now : request.submittedAt();
        if (submittedAt.isAfter(now.plus(config.clockSkew()))) {
            throw ProblemException.invalidField("submittedAt", "must not be in the future");
        }
        Answers answers = request.answers().cleaned();
        if (!answers.hasScore()) {
            throw new ProblemException(400, "empty-answer", "Empty answer",
                    "answer at least one of csat, nps, ces or a rater rating",
                    List.of(new FieldError("answers", "answer at least one question")), null);
        }
        SurveyResponse response = newResponse(teamId, request.source(), submittedAt, caller, answers);
        response.id = id;
        Optional<Invitation> invitation = invitationOf(teamId, request);
        if (invitation.isPresent()) {
            if (!invitations.claimForAnswer(invitation.get(), submittedAt, true)) {
                throw ProblemException.conflict("invitation-answered", "Invitation already answered",
                        "invitation " + invitation.get().id + " was already answered or withdrawn", null);
            }
            linkTo(response, invitation.get());
        }
        if (request.customerId() != null) {
            if (response.customerId != null && !response.customerId.equals(request.customerId())) {
                throw ProblemException.unprocessable("customer-mismatch", "Customer does not match the invitation",
                        "the invitation is for another customer", "customerId");
            }
            response.customerId = directory.get(teamId, request.customerId()).customerId();
        }
        if (request.caseId() != null) {
            response.caseId = requireCaseOf(teamId, request.caseId(), response.customerId);
        }
        refuseCommentAboutErased(response.customerId, answers);
        response.agent = request.agent() != null ? request.agent() : response.agent;
        response.channel = request.channel() != null ? request.channel() : response.channel;
        store(response);
        return ResponseView.of(response);
    }

    /**
     * A case this service knows from its {@code case.resolved} events, of this team and (when known) of
     * this customer. An unknown case, or another team's, is a 404 as an unknown customer is (its
     * resolution may still be on its way: a client retries), without telling whether another team has it.
     */
    private static UUID requireCaseOf(String teamId, UUID caseId, UUID customerId) {
        CaseResolution resolution = CaseResolution.latest(caseId).filter(r -> r.teamId.equals(teamId))
                .orElseThrow(() -> ProblemException.notFound("resolved case", caseId));
        if (customerId != null && !resolution.customerId.equals(customerId)) {
            throw ProblemException.unprocessable("case-of-another-customer", "Case of another customer",
                    "case " + caseId + " is not a case of customer " + customerId, "caseId");
        }
        return caseId;
    }

    /** An erased customer's scores still count (anonymous facts), but nothing personal is recorded about them. */
    private void refuseCommentAboutErased(UUID customerId, Answers answers) {
        if (customerId != null && answers.comment() != null
                && directory.find(customerId).filter(DirectoryEntry::erased).isPresent()) {
            throw ProblemException.unprocessable("customer-erased", "Customer erased", "customer " + customerId
                    + " was erased: their feedback can be recorded without a comment", "answers.comment");
        }
    }

    public ResponseView get(String teamId, UUID responseId) {
        return SurveyResponse.findInTeam(teamId, responseId).map(ResponseView::of)
                .orElseThrow(() -> ProblemException.notFound("response", responseId));
    }

    /** Every response about the customer, in the order they were given (subject access). */
    public List<ResponseView> ofCustomer(String teamId, UUID customerId) {
        return SurveyResponse.<SurveyResponse>list("teamId = ?1 and customerId = ?2 order by submittedAt, id", teamId,
                customerId).stream().map(ResponseView::of).toList();
    }

    /**
     * Right to erasure: the customer's own words go; the anonymous scores stay. Keys this service made for the
     * customer's responses (when it did not hold the customer's key) are shredded, as customer-service shreds the
     * customer's own, so that no published comment of theirs stays readable (docs/erasure.md).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseComments(UUID customerId) {
        SurveyResponse.update("comment = null where customerId = ?1", customerId);
        SurveyResponse.<SurveyResponse>list("customerId", customerId).stream()
                .filter(r -> keys.find(r.id).isPresent())
                .forEach(r -> keys.shred(r.id));
    }

    private Optional<Invitation> invitationOf(String teamId, RecordedResponse request) {
        if (request.invitationId() != null && request.invitationToken() != null) {
            throw ProblemException.invalidField("invitationToken", "give either invitationId or invitationToken");
        }
        Optional<Invitation> invitation;
        String field;
        if (request.invitationId() != null) {
            invitation = Invitation.<Invitation>findByIdOptional(request.invitationId());
            field = "invitationId";
        } else if (request.invitationToken() != null) {
            invitation = invitations.byToken(request.invitationToken());
            field = "invitationToken";
        } else {
            return Optional.empty();
        }
        // another team's invitation looks exactly like an unknown one
        return Optional.of(invitation.filter(i -> i.teamId.equals(teamId))
                .orElseThrow(() -> new ProblemException(404, "not-found", "Not found",
                        field + " names no invitation of this team", List.of(new FieldError(field, "unknown")), null)));
    }

    private SurveyResponse newResponse(String teamId, Source source, Instant submittedAt, String recordedBy,
            Answers answers) {
        SurveyResponse response = new SurveyResponse();
        response.id = UUID.randomUUID();
        response.teamId = teamId;
        response.source = source;
        response.submittedAt = submittedAt;
        response.recordedAt = clock.instant();
        response.recordedBy = recordedBy;
        response.setAnswers(answers);
        return response;
    }

    private static void linkTo(SurveyResponse response, Invitation invitation) {
        response.invitationId = invitation.id;
        response.customerId = invitation.customerId;
        response.caseId = invitation.caseId;
        response.interactionId = invitation.interactionId;
        response.agent = invitation.agent;
        response.channel = invitation.channel;
    }

    private void store(SurveyResponse response) {
        response.persist();
        Answers answers = response.answers();
        outbox.publish(EventType.FEEDBACK_SUBMITTED, response.customerId != null ? response.customerId : response.id,
                response.teamId, new FeedbackSubmitted(response.id, response.customerId, response.teamId,
                        response.invitationId, response.caseId, response.interactionId, response.agent,
                        response.channel == null ? null : response.channel.name(), response.source.name(),
                        response.submittedAt, response.recordedAt, answers.csat(), answers.nps(), answers.ces(),
                        answers.rater() == null ? null : answers.rater().toEvent(),
                        protectedComment(response, answers.comment())));
    }

    /**
     * The comment as it leaves in the event: protected with the customer's key; for a response without a customer,
     * or a customer whose key this service does not hold (registered before fields were protected), with a key of
     * the response's own, which this service issues and shreds (docs/erasure.md, "Comments").
     */
    private String protectedComment(SurveyResponse response, String comment) {
        if (comment == null) {
            return null;
        }
        Optional<DataKey> customerKey = response.customerId == null ? Optional.empty() : keys.find(response.customerId);
        if (customerKey.isPresent()) {
            return FieldCipher.protect(customerKey.get(), response.customerId, PersonalDataFields.COMMENT, comment);
        }
        return FieldCipher.protect(keys.keyFor(response.id, response.teamId), response.id, PersonalDataFields.COMMENT,
                comment);
    }
}
