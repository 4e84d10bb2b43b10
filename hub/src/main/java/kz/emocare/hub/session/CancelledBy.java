package kz.emocare.hub.session;

/** Who cancelled a session. */
public enum CancelledBy {
    CLIENT,
    PSYCHOLOGIST,
    /** The hub, because a participant erased their account. */
    SYSTEM
}
