package rapport.kpi.evidence;

import java.util.Arrays;
import java.util.Locale;
import rapport.web.ProblemException;

/** The formats an evidence pack downloads in. */
public enum EvidenceFormat {
    PDF("application/pdf", "pdf"), CSV("text/csv", "csv"), JSON("application/json", "json"), ZIP("application/zip", "zip");

    final String mediaType;
    final String extension;

    EvidenceFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static EvidenceFormat parse(String value) {
        if (value == null) {
            return PDF;
        }
        return Arrays.stream(values()).filter(f -> f.extension.equals(value.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("format", "must be pdf, csv, json or zip"));
    }
}
