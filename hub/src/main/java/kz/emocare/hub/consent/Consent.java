package kz.emocare.hub.consent;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A person's permission for a recipient organisation to receive some categories of their data for a purpose. It is in
 * force from {@code validFrom} until {@code validUntil} (open-ended when {@code null}) unless revoked, and covers data
 * recorded between {@code dataFrom} and {@code dataUntil} (all data when {@code null}).
 */
@Entity
public class Consent {

    @Id
    private UUID id;

    private UUID personId;
    private UUID recipientId;

    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;

    private String categories;
    private Instant validFrom;
    private Instant validUntil;
    private Instant dataFrom;
    private Instant dataUntil;

    @Enumerated(EnumType.STRING)
    private ConsentStatus status;

    private Instant grantedAt;
    private Instant revokedAt;

    @Version
    private long version;

    protected Consent() {}

    Consent(
            UUID personId,
            UUID recipientId,
            ConsentPurpose purpose,
            Set<DataCategory> categories,
            Terms terms,
            Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.recipientId = recipientId;
        this.purpose = purpose;
        this.categories = categories.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.validFrom = terms.validFrom() != null ? terms.validFrom() : now;
        this.validUntil = terms.validUntil();
        this.dataFrom = terms.dataFrom();
        this.dataUntil = terms.dataUntil();
        this.status = ConsentStatus.ACTIVE;
        this.grantedAt = now;
    }

    /** Revokes the consent; revoking twice changes nothing. Returns whether this call revoked it. */
    boolean revoke(Instant now) {
        if (status == ConsentStatus.REVOKED) {
            return false;
        }
        status = ConsentStatus.REVOKED;
        revokedAt = now;
        return true;
    }

    /** Whether the consent is in force at the instant: not revoked, inside its validity period. */
    public boolean inForceAt(Instant instant) {
        return status == ConsentStatus.ACTIVE
                && !instant.isBefore(validFrom)
                && (validUntil == null || instant.isBefore(validUntil));
    }

    /** Whether the consent covers data recorded at the instant. */
    public boolean coversDataAt(Instant recordedAt) {
        return (dataFrom == null || !recordedAt.isBefore(dataFrom))
                && (dataUntil == null || !recordedAt.isAfter(dataUntil));
    }

    public boolean covers(DataCategory category) {
        return categories().contains(category);
    }

    /** ACTIVE, REVOKED, or EXPIRED / PENDING computed from the validity period at the instant. */
    public String effectiveStatus(Instant now) {
        if (status == ConsentStatus.REVOKED) {
            return "REVOKED";
        }
        if (now.isBefore(validFrom)) {
            return "PENDING";
        }
        return validUntil != null && !now.isBefore(validUntil) ? "EXPIRED" : "ACTIVE";
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public Set<DataCategory> categories() {
        return Arrays.stream(categories.split(","))
                .map(DataCategory::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public Instant dataFrom() {
        return dataFrom;
    }

    public Instant dataUntil() {
        return dataUntil;
    }

    public ConsentStatus status() {
        return status;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    /**
     * The periods of a consent.
     *
     * @param validFrom when it comes into force ({@code null}: now)
     * @param validUntil when it ends ({@code null}: until revoked)
     * @param dataFrom earliest data covered ({@code null}: all past data)
     * @param dataUntil latest data covered ({@code null}: all future data)
     */
    public record Terms(Instant validFrom, Instant validUntil, Instant dataFrom, Instant dataUntil) {}
}
