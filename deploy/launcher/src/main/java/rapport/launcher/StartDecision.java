package rapport.launcher;

/** What `up` does with a component, given what runs already. */
enum StartDecision {
    /** Our recorded process is alive: report it and leave it alone. */
    ALREADY_RUNNING,
    /** Something we did not start listens on the port and answers the readiness probe: use it, don't start ours. */
    USE_FOREIGN,
    /** Something we did not start holds the port but is not what we expect: refuse rather than clash. */
    PORT_TAKEN,
    /** Nothing there: start it. */
    START;

    static StartDecision decide(boolean recordedAndAlive, boolean portOpen, boolean probeAnswers) {
        if (recordedAndAlive) {
            return ALREADY_RUNNING;
        }
        if (portOpen) {
            return probeAnswers ? USE_FOREIGN : PORT_TAKEN;
        }
        return START;
    }
}
