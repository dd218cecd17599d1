package rapport.console.improvements;

import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import rapport.console.services.kpis.NewImprovement;
import rapport.console.shell.FormErrors;
import rapport.console.shell.FormValues;

/**
 * The "record an improvement action" form as posted: what changed and why, the KPI it should move and which way, and
 * the date it was put in place. kpi-service sets the windows (28 days either side: docs/kpi-service.md).
 */
public class ImprovementForm {

    /** The form's fields, named as kpi-service names them in its errors. */
    static final Set<String> FIELDS = Set.of("title", "description", "targetKpi", "expectedDirection", "dateInPlace");

    @RestForm
    public String title;
    @RestForm
    public String description;
    @RestForm
    public String targetKpi;
    @RestForm
    public String expectedDirection;
    @RestForm
    public String dateInPlace;
    @RestForm
    public String formKey;

    /** What the console can tell is wrong before asking kpi-service: a date it cannot read. */
    FormErrors check() {
        if (!FormValues.blank(dateInPlace) && FormValues.date(dateInPlace).isEmpty()) {
            return FormErrors.none().with("dateInPlace", "must be a date");
        }
        return FormErrors.none();
    }

    /** The request; blank fields are sent as nothing, so that kpi-service names them. */
    NewImprovement request() {
        return new NewImprovement(FormValues.blankToNull(title), FormValues.blankToNull(description),
                FormValues.blankToNull(targetKpi),
                "UP".equals(expectedDirection) || "DOWN".equals(expectedDirection) ? expectedDirection : null,
                FormValues.date(dateInPlace).orElse(null));
    }
}
