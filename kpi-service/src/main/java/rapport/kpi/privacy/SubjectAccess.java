package rapport.kpi.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import rapport.kpi.common.Sql;
import rapport.kpi.readmodel.ProtectedComments;
import rapport.kpi.readmodel.ReadModelCustomer;
import rapport.web.ProblemException;

/** What kpi-service holds about a customer, and how it erased it (docs/kpi-service.md, "Personal data"). */
@ApplicationScoped
public class SubjectAccess {

    /** Each kind of fact and how its rows of one customer are found. */
    private static final Map<String, String> ROWS = rows();

    @Inject
    Sql sql;

    @Inject
    ErasureAudits erasures;

    @Inject
    ProtectedComments comments;

    @Inject
    Clock clock;

    /** 404 for a customer of whom the team's read model knows neither a registration nor an erasure. */
    public KpiExport export(String teamId, UUID customerId) {
        Optional<HeldCustomer> customer = ReadModelCustomer.<ReadModelCustomer>findByIdOptional(customerId)
                .filter(c -> c.teamId.equals(teamId)).map(HeldCustomer::of);
        Instant erasedAt = sql.query("select erased_at from rm_erased_customer where team_id = ? and customer_id = ?",
                row -> Sql.instant(row, "erased_at"), teamId, customerId).stream().findFirst().orElse(null);
        if (customer.isEmpty() && erasedAt == null) {
            throw ProblemException.notFound("customer", customerId);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        ROWS.forEach((kind, where) -> rows.put(kind, sql.query("select count(*) from " + where,
                row -> row.getLong(1), customerId).getFirst()));
        List<HeldResponse> responses = sql.query("select " + HeldResponse.COLUMNS
                + " from rm_response where customer_id = ? order by submitted_at, response_id",
                row -> {
                    UUID response = row.getObject("response_id", UUID.class);
                    return HeldResponse.of(row, stored -> comments.reveal(customerId, response, stored).orElse(null));
                }, customerId);
        return new KpiExport(clock.instant(), customer.orElse(null), erasedAt, rows, responses,
                erasures.of(teamId, customerId));
    }

    /** The first erasure applied to the customer; 404 when there is none. */
    public ErasureRecord erasure(String teamId, UUID customerId) {
        return erasures.of(teamId, customerId).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("erasure of customer", customerId));
    }

    private static Map<String, String> rows() {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("interactions", "rm_interaction where customer_id = ?");
        rows.put("voidedInteractions", "rm_voided_interaction where customer_id = ?");
        rows.put("cases", "rm_case where customer_id = ?");
        rows.put("complaintSteps",
                "rm_complaint_step s join rm_case c on c.case_id = s.case_id where c.customer_id = ?");
        rows.put("promises", "rm_promise where customer_id = ?");
        rows.put("invitations", "rm_invitation where customer_id = ?");
        rows.put("responses", "rm_response where customer_id = ?");
        rows.put("names", "rm_customer_name where customer_id = ?");
        return rows;
    }
}
