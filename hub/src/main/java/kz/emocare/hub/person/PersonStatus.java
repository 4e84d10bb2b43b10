package kz.emocare.hub.person;

/** Lifecycle of a person record. */
public enum PersonStatus {
    ACTIVE,
    ERASED
}
