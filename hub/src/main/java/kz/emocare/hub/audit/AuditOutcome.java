package kz.emocare.hub.audit;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    DENIED,
    FAILURE
}
