package kz.emocare.hub.chat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import kz.emocare.contracts.identity.Role;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A conversation between a user (the client) and one volunteer or psychologist assigned to them; one per pair. It
 * keeps each participant's read pointer (the id of the last message they have read) and the last message, so that
 * lists and unread counts need no scan of the history.
 *
 * <p>Updates write only the changed columns: the two participants move their own read pointers concurrently without
 * overwriting each other. Sends lock the row, so the last-message columns move in order.
 */
@Entity
@DynamicUpdate
public class Conversation {

    @Id
    private UUID id;

    private UUID clientId;
    private UUID helperId;

    @Enumerated(EnumType.STRING)
    private Role helperRole;

    private Instant openedAt;
    private Long lastMessageId;
    private Instant lastMessageAt;
    private long clientLastReadId;
    private long helperLastReadId;

    protected Conversation() {}

    Conversation(UUID clientId, UUID helperId, Role helperRole, Instant now) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.helperId = helperId;
        this.helperRole = helperRole;
        this.openedAt = now;
    }

    /** Whether the person takes part in this conversation. */
    public boolean hasParticipant(UUID personId) {
        return clientId.equals(personId) || helperId.equals(personId);
    }

    /** The side the person is on; the person must be a participant. */
    public Participant sideOf(UUID personId) {
        if (clientId.equals(personId)) {
            return Participant.CLIENT;
        }
        if (helperId.equals(personId)) {
            return Participant.HELPER;
        }
        throw new IllegalArgumentException("not a participant of conversation " + id);
    }

    /** The other participant. */
    public UUID counterpartOf(UUID personId) {
        return sideOf(personId) == Participant.CLIENT ? helperId : clientId;
    }

    /** Records a new message; the sender has read everything up to their own message. */
    void recordMessage(ChatMessage message) {
        lastMessageId = message.id();
        lastMessageAt = message.sentAt();
        if (message.senderId() != null) {
            markRead(message.senderId(), message.id());
        }
    }

    /** Moves the person's read pointer forward to the message; it never moves back. Returns whether it moved. */
    boolean markRead(UUID personId, long messageId) {
        if (sideOf(personId) == Participant.CLIENT) {
            if (messageId <= clientLastReadId) {
                return false;
            }
            clientLastReadId = messageId;
        } else {
            if (messageId <= helperLastReadId) {
                return false;
            }
            helperLastReadId = messageId;
        }
        return true;
    }

    /** The id of the last message the person has read (0 when none). */
    public long lastReadBy(UUID personId) {
        return sideOf(personId) == Participant.CLIENT ? clientLastReadId : helperLastReadId;
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

    public Instant openedAt() {
        return openedAt;
    }

    public Long lastMessageId() {
        return lastMessageId;
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }
}
