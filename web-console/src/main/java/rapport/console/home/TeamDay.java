package rapport.console.home;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import rapport.console.services.Page;
import rapport.console.services.customers.Contact;
import rapport.console.services.customers.FollowUp;
import rapport.console.services.customers.SupportCase;
import rapport.console.services.kpis.KpiReport;
import rapport.console.services.kpis.KpiTile;

/** What the team home shows, gathered from customer-service and kpi-service. */
public record TeamDay(LocalDate today, Instant now, Lists lists, KpiReport kpis) {

    /** customer-service's part: the lists and the names of the customers they mention. */
    public record Lists(Page<FollowUp> due, Page<SupportCase> openCases, Page<Contact> contacts,
            Map<UUID, String> customerNames) {
    }

    /** The tiles' period: the last 28 days, today included. */
    static final int KPI_DAYS = 28;
    /** The KPIs on the home, in this order; the KPI page has them all. */
    static final List<String> TILES = List.of("fcr", "csat", "nps", "promise-keeping", "complaint-within-target",
            "aht");

    public List<FollowUp> overdue() {
        return lists.due().items().stream().filter(FollowUp::overdue).toList();
    }

    public List<FollowUp> dueToday() {
        return lists.due().items().stream().filter(f -> !f.overdue()).toList();
    }

    public List<KpiTile> tiles() {
        return TILES.stream().flatMap(id -> kpis.kpi(id).stream()).map(KpiTile::of).toList();
    }

    public String name(UUID customer) {
        return lists.customerNames().getOrDefault(customer, "(unknown customer)");
    }

    public Page<SupportCase> openCases() {
        return lists.openCases();
    }

    public Page<Contact> contacts() {
        return lists.contacts();
    }

    public LocalDate kpiFrom() {
        return today.minusDays(KPI_DAYS - 1);
    }
}
