package kz.emocare.hub.consent;

/** The kinds of data a consent can cover. */
public enum DataCategory {
    MOOD,
    SCREENING,
    SESSIONS
}
