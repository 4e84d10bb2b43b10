package kz.emocare.hub.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * A person's account in another system, keyed by (system, external id), unique across people: the school system's
 * user id, the national identity subject, a local Emocare ID username, the medical system's patient id.
 */
@Entity
public class ExternalIdentity {

    @Id
    private UUID id;

    private UUID personId;

    @Column(name = "system_name")
    private String system;

    private String externalId;
    private Instant linkedAt;

    protected ExternalIdentity() {}

    public ExternalIdentity(UUID personId, String system, String externalId, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.system = system;
        this.externalId = externalId;
        this.linkedAt = now;
    }

    public UUID personId() {
        return personId;
    }

    public String system() {
        return system;
    }

    public String externalId() {
        return externalId;
    }

    public Instant linkedAt() {
        return linkedAt;
    }
}
