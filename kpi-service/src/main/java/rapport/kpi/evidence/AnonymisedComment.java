package rapport.kpi.evidence;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A customer's comment as qualitative evidence: no customer id, only the day, and contact details masked. */
@Schema(description = "A customer comment without anything that identifies the customer")
public record AnonymisedComment(LocalDate date, String channel, Integer csat, Integer nps, String text) {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]{6,}\\d");

    /** Masks e-mail addresses and phone numbers a customer may have typed into the comment. */
    static String mask(String text) {
        return PHONE.matcher(EMAIL.matcher(text).replaceAll("[e-mail removed]")).replaceAll("[phone removed]");
    }
}
