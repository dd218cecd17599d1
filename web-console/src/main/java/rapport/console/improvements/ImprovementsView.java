package rapport.console.improvements;

import java.util.List;
import java.util.Set;
import rapport.console.services.Page;
import rapport.console.services.kpis.Improvement;
import rapport.console.services.kpis.KpiResult;
import rapport.console.shell.FormErrors;

/**
 * The improvements list with, for those who may write, the form to record one: the KPIs it may target (the title of
 * each, from kpi-service's report), the values as typed and the errors of a refusal.
 */
public record ImprovementsView(Page<Improvement> improvements, List<KpiResult> kpis, ImprovementForm form,
        FormErrors errors) {

    /** An evaluation compares a proportion, NPS or a mean, not medians, percentiles or CRR (docs/kpi-service.md). */
    static final Set<String> NOT_EVALUABLE = Set.of("crr", "complaint-median-hours", "complaint-p90-hours");

    /** The KPIs an action may target, with their titles. */
    public List<KpiResult> targets() {
        return kpis.stream().filter(k -> !NOT_EVALUABLE.contains(k.kpi())).toList();
    }

    public String title(String kpi) {
        return kpis.stream().filter(k -> k.kpi().equals(kpi)).map(KpiResult::title).findFirst().orElse(kpi);
    }
}
