package rapport.console.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import rapport.console.services.customers.Channel;
import rapport.console.services.customers.NewContact;
import rapport.console.services.customers.Technique;
import rapport.console.shell.TemplateExtensions;

class ContactFormTest {

    private static ContactForm filled() {
        ContactForm form = new ContactForm();
        form.customerId = "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b";
        form.channel = "EMAIL";
        form.direction = "INBOUND";
        form.category = "COMPLAINT";
        form.outcome = "FOLLOW_UP_REQUIRED";
        form.summary = "  Parcel late  ";
        form.occurredAt = "2026-11-30T09:15";
        form.techniques = List.of("EMPATHY", "PARAPHRASING");
        return form;
    }

    @Test
    void aFilledFormBecomesTheContactTheServiceExpects() {
        ContactForm form = filled();

        assertThat(form.check().isEmpty()).isTrue();
        NewContact contact = form.contact();
        assertThat(contact.caseId()).isNull();
        assertThat(contact.channel()).isEqualTo(Channel.EMAIL);
        assertThat(contact.summary()).isEqualTo("Parcel late");
        assertThat(contact.occurredAt()).isEqualTo(LocalDateTime.parse("2026-11-30T09:15")
                .atZone(TemplateExtensions.ZONE).toInstant());
        assertThat(contact.techniques()).containsExactly(Technique.EMPATHY, Technique.PARAPHRASING);
    }

    @Test
    void theConsoleRefusesWhatItCanTellIsWrongBeforeAskingTheService() {
        ContactForm form = filled();
        form.customerId = null;
        form.occurredAt = "yesterday";
        form.durationMinutes = "ten";
        form.promise = "Call back";
        form.dueAt = "";

        var errors = form.check();

        assertThat(errors.of("customerId")).isNotNull();
        assertThat(errors.of("occurredAt")).isNotNull();
        assertThat(errors.of("durationMinutes")).isNotNull();
        assertThat(errors.of("dueAt")).isNotNull();
    }

    @Test
    void aNewCustomerNeedsAName() {
        ContactForm form = filled();
        form.customerId = ContactForm.NEW_CUSTOMER;
        form.displayName = " ";

        assertThat(form.check().of("displayName")).isEqualTo("must not be blank");
    }

    @Test
    void anUnknownChoiceIsSentAsNothingSoThatTheServiceNamesTheField() {
        ContactForm form = filled();
        form.outcome = "MAYBE";

        assertThat(form.contact().outcome()).isNull();
    }

    @Test
    void theLastChannelIsRememberedPerUser() {
        assertThat(ContactPage.lastChannel("alice:EMAIL", "alice")).isEqualTo("EMAIL");
        assertThat(ContactPage.lastChannel("alice:EMAIL", "bob")).isEqualTo("PHONE");
        assertThat(ContactPage.lastChannel(null, "bob")).isEqualTo("PHONE");
    }
}
