package rapport.kpi.maths;

/**
 * Customer counts for retention (docs/kpi-definitions.md), where a customer is active in a period when they have at
 * least one non-voided contact in it whose outcome is not NO_RESPONSE.
 *
 * @param previousActive |A(P')|, active in the period of the same length right before P
 * @param retained       |A(P') ∩ A(P)|
 * @param active         |A(P)|
 * @param newCustomers   customers whose first such contact ever is in P
 */
public record ActivityCounts(long previousActive, long retained, long active, long newCustomers) {

    public static final ActivityCounts NONE = new ActivityCounts(0, 0, 0, 0);
}
