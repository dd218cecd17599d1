package rapport.console.services.kpis;

import java.util.Map;

/**
 * Each KPI's definition in one sentence, for the hover and focus text of its tile. The same words as
 * docs/kpi-definitions.md, which has the exact rules; the API sends only the definition's name and version.
 */
public final class KpiGlossary {

    private static final Map<String, String> SENTENCES = Map.ofEntries(
            Map.entry("fcr", "Cases opened by an inbound contact in the period that the first contact resolved, with "
                    + "no repeat inbound contact (same case, or a new case of the same category) within the repeat window."),
            Map.entry("retention", "Customers active in the previous period of the same length who were active again "
                    + "in this one (active: a contact whose outcome is not NO_RESPONSE)."),
            Map.entry("churn", "100 % minus the retention rate."),
            Map.entry("crr", "(E − N) ÷ S: customers active in the period minus new customers, over customers active "
                    + "in the previous period."),
            Map.entry("nps", "% promoters (9–10) minus % detractors (0–6) of the NPS answers given in the period."),
            Map.entry("csat", "% of CSAT answers (1–5) given in the period that are 4 or 5."),
            Map.entry("csat-mean", "Mean of the CSAT answers (1–5) given in the period."),
            Map.entry("ces", "Mean of the CES answers (1–7, “the business made it easy to handle my issue”)."),
            Map.entry("ces-easy", "% of CES answers that are 5, 6 or 7."),
            Map.entry("response-rate", "Survey invitations sent in the period that have been answered (at any time)."),
            Map.entry("complaint-median-hours", "Median hours from a complaint's first contact to its resolution, "
                    + "over complaints resolved in the period."),
            Map.entry("complaint-p90-hours", "90th percentile (nearest rank) of the hours from a complaint's first "
                    + "contact to its resolution."),
            Map.entry("complaint-mean-hours", "Mean hours from a complaint's first contact to its resolution."),
            Map.entry("complaint-within-target", "Complaints resolved in the period within the team's target hours."),
            Map.entry("complaint-all-steps", "Complaints resolved in the period with all four steps recorded: "
                    + "Acknowledge, Apologise, Act, Assure."),
            Map.entry("promise-keeping", "Follow-up promises due in the period (completed, or already past due) "
                    + "that were completed at or before their due time."),
            Map.entry("aht", "Mean duration in minutes of the period's contacts that have one."));

    private KpiGlossary() {
    }

    /** The sentence for a KPI id; RATER dimensions share one. */
    public static String sentence(String kpi) {
        if (kpi.startsWith("rater-")) {
            return "Mean rating (1–5) of this RATER dimension, with its own n.";
        }
        return SENTENCES.getOrDefault(kpi, "See docs/kpi-definitions.md.");
    }
}
