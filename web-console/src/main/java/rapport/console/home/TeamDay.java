package rapport.console.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import rapport.console.services.Page;
import rapport.console.services.customers.Contact;
import rapport.console.services.customers.FollowUp;
import rapport.console.services.customers.SupportCase;
import rapport.console.services.kpis.KpiReport;
import rapport.console.services.kpis.KpiTile;

/**
 * What the team home shows, gathered from customer-service (its lists carry the customers' names) and kpi-service.
 */
public record TeamDay(LocalDate today, Instant now, Page<FollowUp> due, Page<SupportCase> openCases,
        Page<Contact> contacts, KpiReport kpis) {

    /** The tiles' period: the last 28 days, today included. */
    static final int KPI_DAYS = 28;
    /** The KPIs on the home, in this order; the KPI page has them all. */
    static final List<String> TILES = List.of("fcr", "csat", "nps", "promise-keeping", "complaint-within-target",
            "aht");

    public List<FollowUp> overdue() {
        return due.items().stream().filter(FollowUp::overdue).toList();
    }

    public List<FollowUp> dueToday() {
        return due.items().stream().filter(f -> !f.overdue()).toList();
    }

    public List<KpiTile> tiles() {
        return TILES.stream().flatMap(id -> kpis.kpi(id).stream()).map(KpiTile::of).toList();
    }

    public LocalDate kpiFrom() {
        return today.minusDays(KPI_DAYS - 1);
    }
}
