package kz.emocare.hub.session;

/** The life of a session: SCHEDULED, then exactly one of the three outcomes. */
public enum SessionStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED,
    NO_SHOW
}
