package rapport.console.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import rapport.console.services.ServiceProblem;

/**
 * What a refused form shows: each service error next to the field it names, and the rest (errors naming no field of
 * this form, or a problem naming no field at all) at the top of the form. Templates read {@code errors.of('summary')}.
 */
public final class FormErrors {

    private static final FormErrors NONE = new FormErrors(Map.of(), List.of());

    private final Map<String, String> byField;
    private final List<String> general;

    private FormErrors(Map<String, String> byField, List<String> general) {
        this.byField = byField;
        this.general = general;
    }

    public static FormErrors none() {
        return NONE;
    }

    /** Sorts a service's answer onto the form's fields ({@code fields}: the names the form's inputs carry). */
    public static FormErrors of(ServiceProblem problem, Set<String> fields) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        problem.fieldErrors().forEach((field, message) -> {
            if (fields.contains(field)) {
                byField.put(field, message);
            } else {
                general.add(field.isEmpty() ? message : field + ": " + message);
            }
        });
        if (byField.isEmpty() && general.isEmpty()) {
            general.add(problem.detail() != null ? problem.detail()
                    : problem.title() != null ? problem.title() : "the request was refused (" + problem.status() + ")");
        }
        return new FormErrors(byField, general);
    }

    /** One message of the form's own, at the top (e.g. a check the console makes before calling a service). */
    public static FormErrors general(String message) {
        return new FormErrors(Map.of(), List.of(message));
    }

    /** Adds a message for one field. */
    public FormErrors with(String field, String message) {
        Map<String, String> copy = new LinkedHashMap<>(byField);
        copy.merge(field, message, (a, b) -> a + "; " + b);
        return new FormErrors(copy, general);
    }

    public String of(String field) {
        return byField.get(field);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public List<String> general() {
        return general;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }
}
