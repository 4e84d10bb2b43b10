package kz.emocare.hub.person;

/**
 * Optional, self-declared or from the school. Sensitive: shown to the person and used only in de-identified reports.
 */
public enum DisabilityCategory {
    VISUAL,
    HEARING,
    MOBILITY,
    INTELLECTUAL,
    PSYCHOSOCIAL,
    SPEECH,
    MULTIPLE,
    OTHER
}
