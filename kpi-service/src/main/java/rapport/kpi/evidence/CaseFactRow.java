package rapport.kpi.evidence;

import java.time.LocalDate;

/** One case as anonymised evidence: when, how, and how it went; no customer. */
record CaseFactRow(LocalDate openedOn, String category, String channel, String agent, String direction,
        String openerOutcome, Boolean resolvedFirstTime, String status, int reopens, Double hoursToResolve,
        int complaintSteps) {
}
