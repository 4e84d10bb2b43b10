package kz.emocare.hub.audit;

/**
 * One action to record.
 *
 * @param actor a person id, {@code client:<id>}, or {@code system}; never a name
 * @param action a verb phrase in snake case, e.g. {@code consent.granted}, {@code person.erased}
 * @param recordType the kind of record acted on, e.g. {@code consent}, or {@code null}
 * @param recordId the record's id, or {@code null}
 * @param outcome how it ended
 * @param detail a short machine-readable detail (an error code, a count), never personal data; may be {@code null}
 */
public record AuditEntry(
        String actor, String action, String recordType, String recordId, AuditOutcome outcome, String detail) {

    public AuditEntry {
        if (actor == null || actor.isBlank() || action == null || action.isBlank() || outcome == null) {
            throw new IllegalArgumentException("an audit entry needs an actor, an action and an outcome");
        }
        if (detail != null && detail.length() > 300) {
            detail = detail.substring(0, 300);
        }
    }

    public static AuditEntry success(String actor, String action, String recordType, Object recordId) {
        return new AuditEntry(actor, action, recordType, String.valueOf(recordId), AuditOutcome.SUCCESS, null);
    }

    public static AuditEntry denied(String actor, String action, String recordType, Object recordId, String why) {
        return new AuditEntry(actor, action, recordType, String.valueOf(recordId), AuditOutcome.DENIED, why);
    }
}
