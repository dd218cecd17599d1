package rapport.console.shell;

/**
 * The pages of a team, in the navigation's order: every one is one click from every page. A new page takes its
 * entry here and lives in a package (and a template folder) of its own.
 */
public enum Section {
    HOME("Home", "", false),
    LOG_CONTACT("Log a contact", "/contacts/new", true),
    CUSTOMERS("Customers", "/customers", false),
    CASES("Cases", "/cases", false),
    FEEDBACK("Feedback", "/feedback", false),
    KPIS("KPIs", "/kpis", false),
    IMPROVEMENTS("Improvements", "/improvements", false),
    EVIDENCE("Evidence", "/evidence", false);

    private final String label;
    private final String suffix;
    private final boolean writes;

    Section(String label, String suffix, boolean writes) {
        this.label = label;
        this.suffix = suffix;
        this.writes = writes;
    }

    public String label() {
        return label;
    }

    /** The page's path for {@code team}. */
    public String path(String team) {
        return "/teams/" + team + suffix;
    }

    /** A page that only changes things: not shown to read-only users. */
    public boolean writes() {
        return writes;
    }
}
