package rapport.kpi.evidence;

import java.time.LocalDate;

/** One survey response as anonymised evidence: the scores, without customer or comment. */
record ResponseFactRow(LocalDate submittedOn, String channel, String agent, String source, Integer csat, Integer nps,
        Integer ces, Integer reliability, Integer assurance, Integer tangibles, Integer empathy,
        Integer responsiveness) {
}
