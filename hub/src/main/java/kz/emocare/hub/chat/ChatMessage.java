package kz.emocare.hub.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import kz.emocare.hub.platform.crypto.EncryptedString;

/**
 * One message of a conversation. The text is encrypted at rest. Ids grow with time, so they order the history and
 * serve as paging cursors and read pointers. A message of an erased sender keeps its place (the partner's
 * conversation still reads in order) but loses its text and is shown as removed.
 */
@Entity
public class ChatMessage {

    /** Longest message text, in UTF-16 code units (what Bean Validation's {@code @Size} counts). */
    public static final int MAX_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID conversationId;
    private UUID senderId;
    private boolean bot;

    @Column(name = "body_cipher")
    @Convert(converter = EncryptedString.class)
    private String body;

    private boolean removed;
    private String clientMessageId;
    private Instant sentAt;

    protected ChatMessage() {}

    private ChatMessage(
            UUID conversationId, UUID senderId, boolean bot, String body, String clientMessageId, Instant now) {
        if (body == null || body.isBlank() || body.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a chat message has 1 to " + MAX_LENGTH + " characters");
        }
        this.conversationId = conversationId;
        this.senderId = senderId;
        this.bot = bot;
        this.body = body;
        this.clientMessageId = clientMessageId;
        this.sentAt = now;
    }

    static ChatMessage fromPerson(
            UUID conversationId, UUID senderId, String body, String clientMessageId, Instant now) {
        return new ChatMessage(conversationId, senderId, false, body, clientMessageId, now);
    }

    static ChatMessage fromBot(UUID conversationId, String body, Instant now) {
        return new ChatMessage(conversationId, null, true, body, null, now);
    }

    /** Removes the text for good (the sender erased their account); the message stays as a placeholder. */
    void remove() {
        body = null;
        clientMessageId = null;
        removed = true;
    }

    /** Whether this is the same message the sender asked for before under the same idempotency key. */
    boolean sameTextAs(String text) {
        return body != null && body.equals(text);
    }

    public long id() {
        return id;
    }

    public UUID conversationId() {
        return conversationId;
    }

    /** The sender, or {@code null} for a bot message. */
    public UUID senderId() {
        return senderId;
    }

    public boolean bot() {
        return bot;
    }

    /** The text, or {@code null} once removed. */
    public String body() {
        return body;
    }

    public boolean removed() {
        return removed;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
