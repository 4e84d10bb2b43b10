package kz.emocare.hub.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The single row naming the last event of the chain; appends lock it so that instances never fork the chain. */
@Entity
class AuditChainHead {

    @Id
    private int id;

    private long lastSeq;
    private String lastHash;

    protected AuditChainHead() {}

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(AuditEvent event) {
        this.lastSeq = event.seq();
        this.lastHash = event.hash();
    }
}
