package rapport.console.kpis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestQuery;
import rapport.console.services.kpis.KpiQuery;
import rapport.console.shell.FormErrors;
import rapport.console.shell.TemplateExtensions;

/**
 * The KPI page's filters as the query string carries them: the period as its first and last day (the last included,
 * as people say it; kpi-service's {@code to} is the day after), the bucket, and kpi-service's filters by agent,
 * channel, category, customer kind and value segment (docs/kpi-service.md, "Filters"). An empty field is no filter.
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
        if (blank(to)) {
            to = today.toString();
        }
        if (blank(from)) {
            from = date(to).map(last -> last.minusDays(DEFAULT_DAYS - 1)).orElse(today.minusDays(DEFAULT_DAYS - 1))
                    .toString();
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
        if (date(from).isEmpty()) {
            errors = errors.with("from", "must be a date");
        }
        if (date(to).isEmpty()) {
            errors = errors.with("to", "must be a date");
        }
        return errors;
    }

    /** kpi-service's query: {@code to} is exclusive there, so the day after the last day shown. */
    public KpiQuery query() {
        return new KpiQuery(date(from).orElse(null), date(to).map(d -> d.plusDays(1)).orElse(null), orNull(agent),
                orNull(channel), orNull(category), orNull(customerKind), orNull(valueSegment));
    }

    public boolean charts(String kpi) {
        return chart.contains(kpi);
    }

    /** The same period and filters as a query string, for links to the evidence page ("from=…&to=…&agent=…"). */
    public String queryString() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("agent", agent);
        values.put("customerKind", customerKind);
        values.put("valueSegment", valueSegment);
        return values.entrySet().stream().filter(e -> !blank(e.getValue()))
                .map(e -> e.getKey() + "=" + TemplateExtensions.urlEncoded(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static java.util.Optional<LocalDate> date(String value) {
        if (blank(value)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    static String orNull(String value) {
        return blank(value) ? null : value.strip();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
