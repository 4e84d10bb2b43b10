package kz.emocare.hub.session;

/** Where a published slot stands. */
public enum SlotStatus {
    /** Free to book. */
    OPEN,
    /** Held by a scheduled, completed or no-show session. */
    BOOKED,
    /** Taken back by the psychologist; never bookable again. */
    WITHDRAWN
}
