package rapport.demo.plan;

/**
 * A customer as the planner sees them: the details customer-service registers, plus what decides what happens with
 * them (which kind of customer they are, their vehicle or department, how often they get in touch).
 */
record Persona(String key, PlannedCustomer.Profile profile, Type type, String vehicle, String department,
        int cases, boolean leftEarly) {

    enum Type {
        /** a private motorist */
        MOTORIST,
        /** a business with vehicles on account */
        FLEET,
        /** a colleague in another department of the garage */
        COLLEAGUE
    }

    boolean internal() {
        return type == Type.COLLEAGUE;
    }

    String firstName() {
        String name = profile.displayName();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
