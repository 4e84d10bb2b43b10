package kz.emocare.hub.session;

/** Which part of a schedule a list shows. */
public enum TimeFrame {
    /** Not yet over (in progress or in the future), soonest first. */
    UPCOMING,
    /** Over, latest first. */
    PAST
}
