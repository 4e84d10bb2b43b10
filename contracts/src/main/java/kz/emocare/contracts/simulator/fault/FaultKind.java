package kz.emocare.contracts.simulator.fault;

/** What an injected fault does to one request. */
public enum FaultKind {
    /** The request is served normally. */
    NONE(true),
    /** Refused before processing with the system's server error. */
    SERVER_ERROR(false),
    /** Refused before processing with 429 and Retry-After. */
    RATE_LIMITED(false),
    /** Processed, then the connection is reset instead of answering. */
    CONNECTION_RESET(true),
    /** Processed, then answered with a broken body. */
    MALFORMED_BODY(true),
    /** Processed, then answered with half of the body. */
    TRUNCATED_BODY(true);

    private final boolean processed;

    FaultKind(boolean processed) {
        this.processed = processed;
    }

    /** Whether the request still takes effect (so a client that retries must be idempotent). */
    public boolean processed() {
        return processed;
    }
}
