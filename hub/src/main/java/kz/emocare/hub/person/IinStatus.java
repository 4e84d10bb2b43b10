package kz.emocare.hub.person;

/** What the national registry said about a person's IIN. */
public enum IinStatus {
    UNVERIFIED,
    VERIFIED,
    MISMATCH,
    DECEASED
}
