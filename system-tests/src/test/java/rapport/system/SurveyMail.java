package rapport.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The survey invitations feedback-service mailed to the test's SMTP server, and the links in them. */
final class SurveyMail {

    private static final Pattern LINK = Pattern.compile("http://127\\.0\\.0\\.1:\\d+/s/([A-Za-z0-9_-]+)");

    private SurveyMail() {
    }

    /** The survey tokens of the {@code count} invitations mailed to {@code email}, in the order they arrived. */
    static List<String> linkTokensMailedTo(String email, int count) throws Exception {
        MimeMessage[] received = await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(
                RunningSystem.mail().getReceivedMessages()).filter(m -> sentTo(m, email)).toArray(MimeMessage[]::new),
                messages -> messages.length >= count);
        assertThat(received).as("invitations mailed to %s", email).hasSize(count);
        List<String> tokens = new ArrayList<>();
        for (MimeMessage message : received) {
            Matcher link = LINK.matcher(text(message));
            assertThat(link.find()).as("the invitation mail carries the survey link").isTrue();
            tokens.add(link.group(1));
        }
        return tokens;
    }

    /** Every text part of a message, decoded. */
    private static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(email));
        } catch (Exception e) {
            return false;
        }
    }
}
