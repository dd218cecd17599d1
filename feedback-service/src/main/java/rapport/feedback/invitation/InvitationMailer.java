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
import org.jboss.logging.Logger;
import rapport.feedback.directory.DirectoryEntry;

/**
 * E-mails a survey link when mail is enabled. Sending happens inside the creating transaction, just
 * before it commits: a failed send leaves the invitation as a LINK for the team to pass on, and a
 * send followed by a failed commit leaves the customer a link that shows the "not found" page.
 */
@ApplicationScoped
class InvitationMailer {

    private static final Logger LOG = Logger.getLogger(InvitationMailer.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(ZoneOffset.UTC);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitationText(String name, String link, String expiresOn);

        static native TemplateInstance invitationHtml(String name, String link, String expiresOn);
    }

    @Inject
    Mailer mailer;

    @Inject
    InvitationConfig config;

    /** Whether invitations to this customer can go by e-mail at all. */
    boolean canMail(DirectoryEntry customer) {
        return config.mail().enabled() && customer.invitable() && customer.hasEmail();
    }

    /** @return whether the mail was handed to the SMTP server */
    boolean send(DirectoryEntry customer, String link, Instant expiresAt) {
        String name = customer.displayName() == null ? "" : customer.displayName();
        String expiresOn = DAY.format(expiresAt);
        try {
            mailer.send(Mail.withText(customer.email(), config.mail().subject(),
                            Templates.invitationText(name, link, expiresOn).render())
                    .setHtml(Templates.invitationHtml(name, link, expiresOn).render()));
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("Could not e-mail a survey invitation to customer %s (%s); it stays a link for the team to pass on",
                    customer.customerId(), e.getMessage());
            return false;
        }
    }
}
