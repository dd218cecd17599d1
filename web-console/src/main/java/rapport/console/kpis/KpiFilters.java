package rapport.console.kpis;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;
import rapport.console.services.kpis.KpiQuery;
import rapport.console.shell.FormErrors;
import rapport.console.shell.FormValues;

/**
 * The KPI page's filters as the query string carries them: the period as its first and last day (the last included,
 * as people say it; kpi-service's {@code to} is the day after), the bucket, and kpi-service's filters by agent,
 * channel, category, customer kind and value segment (docs/kpi-service.md, "Filters"). An empty field is no filter.
 * The evidence page takes the same period and the filters the pack takes.
 */
public class KpiFilters {

    /** The form's fields, named as kpi-service names them in its errors. */
    public static final Set<String> FIELDS = Set.of("from", "to", "bucket", "agent", "channel", "category",
            "customerKind", "valueSegment", "chart");
    /** The default period: the last 12 weeks, today included. */
    static final int DEFAULT_DAYS = 84;
    /** The KPIs charted unless others are chosen: the team home's tiles. */
    static final List<String> DEFAULT_CHARTS = List.of("fcr", "csat", "nps", "promise-keeping",
            "complaint-within-target", "aht");

    @RestQuery
    public String from;
    @RestQuery
    public String to;
    @RestQuery
    public String bucket;
    @RestQuery
    public String agent;
    @RestQuery
    public String channel;
    @RestQuery
    public String category;
    @RestQuery
    public String customerKind;
    @RestQuery
    public String valueSegment;
    @RestQuery
    public List<String> chart;

    /** Fills what was left empty: the period ending today, weekly buckets, the default charts. */
    public KpiFilters defaults(LocalDate today) {
        if (FormValues.blank(to)) {
            to = today.toString();
        }
        if (FormValues.blank(from)) {
            from = FormValues.date(to).orElse(today).minusDays(DEFAULT_DAYS - 1).toString();
        }
        if (!"month".equals(bucket)) {
            bucket = "week";
        }
        if (chart == null || chart.isEmpty()) {
            chart = DEFAULT_CHARTS;
        }
        return this;
    }

    /** What the console can tell is wrong before asking kpi-service: dates it cannot read. */
    public FormErrors check() {
        FormErrors errors = FormErrors.none();
        if (FormValues.date(from).isEmpty()) {
            errors = errors.with("from", "must be a date");
        }
        if (FormValues.date(to).isEmpty()) {
            errors = errors.with("to", "must be a date");
        }
        return errors;
    }

    /** kpi-service's query: {@code to} is exclusive there, so the day after the last day shown. */
    public KpiQuery query() {
        return new KpiQuery(FormValues.date(from).orElse(null), FormValues.date(to).map(d -> d.plusDays(1)).orElse(null),
                FormValues.blankToNull(agent), FormValues.blankToNull(channel), FormValues.blankToNull(category),
                FormValues.blankToNull(customerKind), FormValues.blankToNull(valueSegment));
    }

    public boolean charts(String kpi) {
        return chart.contains(kpi);
    }

    /** The period and the evidence pack's filters as a query string ("from=…&to=…&agent=…"). */
    public String queryString() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("agent", agent);
        values.put("customerKind", customerKind);
        values.put("valueSegment", valueSegment);
        return FormValues.queryString(values);
    }
}
