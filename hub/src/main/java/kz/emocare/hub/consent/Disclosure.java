package kz.emocare.hub.consent;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * A record that a person's data left the hub: to which organisation and actor, through which channel, which resource
 * types and how many, under which consent. Never the data itself.
 */
@Entity
public class Disclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID personId;
    private UUID recipientId;
    private String recipientActor;
    private UUID consentId;
    private String channel;
    private String resourceTypes;
    private int resourceCount;
    private Instant disclosedAt;

    protected Disclosure() {}

    Disclosure(DisclosureRecord record, Instant now) {
        this.personId = record.personId();
        this.recipientId = record.recipientId();
        this.recipientActor = record.recipientActor();
        this.consentId = record.consentId();
        this.channel = record.channel();
        this.resourceTypes = String.join(",", record.resourceTypes());
        this.resourceCount = record.resourceCount();
        this.disclosedAt = now;
    }

    public Long id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public UUID recipientId() {
        return recipientId;
    }

    public String recipientActor() {
        return recipientActor;
    }

    public UUID consentId() {
        return consentId;
    }

    public String channel() {
        return channel;
    }

    public String resourceTypes() {
        return resourceTypes;
    }

    public int resourceCount() {
        return resourceCount;
    }

    public Instant disclosedAt() {
        return disclosedAt;
    }
}
