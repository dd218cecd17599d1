package rapport.kpi.report;

import java.util.List;

/**
 * The SQL that keeps only the facts of customers of the filter's kind and value segment, as the read
 * model has them now ({@code rm_customer}). A fact without a customer, or whose customer kpi-service
 * has not heard of, is left out whenever one of the two is set.
 */
public final class CustomerCondition {

    private CustomerCondition() {
    }

    /** {@code " and exists (...)"} with its parameters added, or "" when neither is set. */
    public static String of(KpiFilter filter, String customerIdColumn, List<Object> parameters) {
        if (!filter.narrowsCustomers()) {
            return "";
        }
        StringBuilder sql = new StringBuilder(" and exists (select 1 from rm_customer cu where cu.customer_id = ")
                .append(customerIdColumn);
        if (filter.customerKind() != null) {
            sql.append(" and cu.kind = ?");
            parameters.add(filter.customerKind());
        }
        if (filter.valueSegment() != null) {
            sql.append(" and cu.value_segment = ?");
            parameters.add(filter.valueSegment());
        }
        return sql.append(") ").toString();
    }
}
