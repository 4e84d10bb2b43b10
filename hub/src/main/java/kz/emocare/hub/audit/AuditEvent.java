package kz.emocare.hub.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * A recorded action, linked to its predecessor by hash. The hash covers the sequence number, every field and the
 * previous hash, so a changed, removed or re-ordered row is found by {@link AuditTrail#verify()}.
 */
@Entity
public class AuditEvent {

    @Id
    private long seq;

    private Instant occurredAt;
    private String actor;
    private String action;
    private String recordType;
    private String recordId;

    @Enumerated(EnumType.STRING)
    private AuditOutcome outcome;

    private String detail;
    private String prevHash;
    private String hash;

    protected AuditEvent() {}

    AuditEvent(long seq, Instant occurredAt, AuditEntry entry, String prevHash) {
        this.seq = seq;
        // Seconds: MySQL Connector/J drops fractions on MariaDB 10.x (it announces itself as 5.5.5), and the hash
        // must match what was stored.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.SECONDS);
        this.actor = entry.actor();
        this.action = entry.action();
        this.recordType = entry.recordType();
        this.recordId = entry.recordId();
        this.outcome = entry.outcome();
        this.detail = entry.detail();
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** Recomputes the hash from the stored fields. */
    String computeHash() {
        String canonical = String.join(
                "\u001f",
                Long.toString(seq),
                occurredAt.toString(),
                actor,
                action,
                String.valueOf(recordType),
                String.valueOf(recordId),
                outcome.name(),
                String.valueOf(detail),
                prevHash);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public long seq() {
        return seq;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String detail() {
        return detail;
    }

    String prevHash() {
        return prevHash;
    }

    String hash() {
        return hash;
    }
}
