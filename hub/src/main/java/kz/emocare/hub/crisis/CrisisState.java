package kz.emocare.hub.crisis;

/** Where a crisis request stands. It only moves forward: OPEN, then ACKNOWLEDGED, then RESOLVED. */
public enum CrisisState {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED;

    /** Whether the request still waits for a psychologist's work (it counts as the person's one active request). */
    public boolean active() {
        return this != RESOLVED;
    }
}
