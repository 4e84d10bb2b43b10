package kz.emocare.hub.consent;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** One step in a consent's history: granted or revoked, when and by whom. */
@Entity
class ConsentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID consentId;
    private String kind;
    private Instant occurredAt;
    private String actor;

    protected ConsentEvent() {}

    ConsentEvent(UUID consentId, String kind, Instant occurredAt, String actor) {
        this.consentId = consentId;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.actor = actor;
    }

    String kind() {
        return kind;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String actor() {
        return actor;
    }
}
