package kz.emocare.hub.person;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;

/**
 * A volunteer or psychologist looking after a user. Chats, test results and session bookings follow these links: a
 * helper sees only the users assigned to them.
 */
@Entity
public class CareAssignment {

    @Id
    private UUID id;

    private UUID clientId;
    private UUID helperId;

    @Enumerated(EnumType.STRING)
    private Role helperRole;

    private Instant createdAt;
    private Instant endedAt;

    protected CareAssignment() {}

    public CareAssignment(UUID clientId, UUID helperId, Role helperRole, Instant now) {
        if (helperRole != Role.VOLUNTEER && helperRole != Role.PSYCHOLOGIST) {
            throw new IllegalArgumentException("only volunteers and psychologists are assigned to users");
        }
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.helperId = helperId;
        this.helperRole = helperRole;
        this.createdAt = now;
    }

    public void end(Instant now) {
        if (endedAt == null) {
            endedAt = now;
        }
    }

    public boolean active() {
        return endedAt == null;
    }

    public UUID id() {
        return id;
    }

    public UUID clientId() {
        return clientId;
    }

    public UUID helperId() {
        return helperId;
    }

    public Role helperRole() {
        return helperRole;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
