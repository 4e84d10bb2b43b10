package kz.emocare.hub.chat;

/** The two sides of a conversation. */
public enum Participant {
    /** The user being helped. */
    CLIENT,
    /** The assigned volunteer or psychologist. */
    HELPER
}
