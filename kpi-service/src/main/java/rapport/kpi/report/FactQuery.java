package rapport.kpi.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import rapport.kpi.maths.Bucket;

/** Builds one fact query: SQL text and its parameters in step, bucket list and filters included. */
final class FactQuery {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    FactQuery add(String fragment, Object... values) {
        sql.append(fragment);
        parameters.addAll(List.of(values));
        return this;
    }

    /** The buckets as a relation {@code b(k, s, e, ps)}: index, start, end, start of the previous period. */
    FactQuery buckets(List<Bucket> buckets) {
        sql.append(" unnest(?::int[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[]) as b(k, s, e, ps) ");
        List<String> indexes = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            indexes.add(Integer.toString(i));
        }
        parameters.add(array(indexes));
        parameters.add(array(buckets.stream().map(b -> b.start().toString()).toList()));
        parameters.add(array(buckets.stream().map(b -> b.end().toString()).toList()));
        parameters.add(array(buckets.stream().map(b -> b.previousStart().toString()).toList()));
        return this;
    }

    /**
     * {@code and <expression> = ?} for each filter that is set (an expression may be a scalar subquery),
     * and the customer's kind and value segment looked up from {@code customer}, the fact's customer id.
     */
    FactQuery filter(KpiFilter filter, String agent, String channel, String category, String customer) {
        condition(filter.agent(), agent);
        condition(filter.channel(), channel);
        condition(filter.category(), category);
        sql.append(CustomerCondition.of(filter, customer, parameters));
        return this;
    }

    private void condition(String value, String expression) {
        if (value != null) {
            sql.append(" and ").append(expression).append(" = ? ");
            parameters.add(value);
        }
    }

    String sql() {
        return sql.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    private static String array(List<String> values) {
        return values.stream().collect(Collectors.joining(",", "{", "}"));
    }
}
