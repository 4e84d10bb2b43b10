/**
 * The append-only, hash-chained audit trail of security-relevant actions (who, what, which record, when, outcome),
 * and its verification. Features record through {@link kz.emocare.hub.audit.AuditTrail}.
 */
package kz.emocare.hub.audit;
