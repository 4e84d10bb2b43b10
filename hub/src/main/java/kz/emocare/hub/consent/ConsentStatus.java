package kz.emocare.hub.consent;

/** Stored state of a consent; expiry is computed from the validity period, so it needs no job to apply. */
public enum ConsentStatus {
    ACTIVE,
    REVOKED
}
