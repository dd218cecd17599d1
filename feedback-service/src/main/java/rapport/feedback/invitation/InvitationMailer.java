package rapport.feedback.invitation;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import rapport.feedback.directory.DirectoryEntry;

/**
 * The survey invitation mail: whether a customer can get one, its text (Qute templates), and handing
 * it to the SMTP server. Mails are queued and sent after commit by {@link MailOutbox}.
 */
@ApplicationScoped
class InvitationMailer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitationText(String name, String link, String expiresOn);

        static native TemplateInstance invitationHtml(String name, String link, String expiresOn);
    }

    /** A mail ready to send. */
    record Message(String to, String subject, String text, String html) {
    }

    @Inject
    Mailer mailer;

    @Inject
    InvitationConfig config;

    /** Whether invitations to this customer can go by e-mail at all. */
    boolean canMail(DirectoryEntry customer) {
        return config.mail().enabled() && customer.invitable() && customer.hasEmail();
    }

    Message compose(DirectoryEntry customer, String link, Instant expiresAt) {
        String name = customer.displayName() == null ? "" : customer.displayName();
        String expiresOn = DAY.format(expiresAt);
        return new Message(customer.email(), config.mail().subject(),
                Templates.invitationText(name, link, expiresOn).render(),
                Templates.invitationHtml(name, link, expiresOn).render());
    }

    /** @throws RuntimeException when the SMTP server did not take the mail */
    void send(Message message) {
        mailer.send(Mail.withText(message.to(), message.subject(), message.text()).setHtml(message.html()));
    }
}
