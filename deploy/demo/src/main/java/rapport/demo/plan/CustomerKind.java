package rapport.demo.plan;

/** EXTERNAL customers buy from the garage; INTERNAL ones are colleagues in other departments. */
public enum CustomerKind {
    EXTERNAL, INTERNAL
}
