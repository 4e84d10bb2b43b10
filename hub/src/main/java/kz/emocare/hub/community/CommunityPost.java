package kz.emocare.hub.community;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import kz.emocare.hub.platform.ConflictException;
import kz.emocare.hub.platform.crypto.EncryptedString;

/**
 * A member's post. Posts are encrypted at rest like chat messages: people write about their mental health here, and
 * a community of strangers is no reason to store that in clear. A hidden post is seen only by moderators and, marked
 * hidden with the reason, by its author.
 */
@Entity
public class CommunityPost {

    /** Longest post, in UTF-16 code units (what Bean Validation's {@code @Size} counts). */
    public static final int MAX_LENGTH = 2000;

    /** Longest moderation reason. */
    public static final int MAX_REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private UUID communityId;
    private UUID authorId;

    @Column(name = "body_cipher")
    @Convert(converter = EncryptedString.class)
    private String body;

    private Instant postedAt;
    private boolean hidden;
    private Instant hiddenAt;
    private UUID hiddenBy;

    @Column(name = "hidden_reason_cipher")
    @Convert(converter = EncryptedString.class)
    private String hiddenReason;

    private boolean removed;

    @Version
    private long version;

    protected CommunityPost() {}

    CommunityPost(UUID communityId, UUID authorId, String body, Instant now) {
        if (body == null || body.isBlank() || body.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a post has 1 to " + MAX_LENGTH + " characters");
        }
        this.communityId = communityId;
        this.authorId = authorId;
        this.body = body;
        this.postedAt = now;
    }

    void hide(UUID moderatorId, String reason, Instant now) {
        if (hidden) {
            throw new ConflictException("post-already-hidden", "This post is already hidden.");
        }
        hidden = true;
        hiddenAt = now;
        hiddenBy = moderatorId;
        hiddenReason = reason;
    }

    void unhide() {
        if (!hidden) {
            throw new ConflictException("post-not-hidden", "This post is not hidden.");
        }
        hidden = false;
        hiddenAt = null;
        hiddenBy = null;
        hiddenReason = null;
    }

    /** For an erased author: the text goes for good; the post stays as a placeholder so counts do not change. */
    void remove() {
        body = null;
        hiddenReason = null;
        removed = true;
    }

    /** Whether the viewer sees this post: moderators and its author always, other members while it is not hidden. */
    boolean visibleTo(UUID viewerId, boolean moderator) {
        return moderator || !hidden || authorId.equals(viewerId);
    }

    public long id() {
        return id;
    }

    public UUID communityId() {
        return communityId;
    }

    public UUID authorId() {
        return authorId;
    }

    /** The text, or {@code null} once removed. */
    public String body() {
        return body;
    }

    public Instant postedAt() {
        return postedAt;
    }

    public boolean hidden() {
        return hidden;
    }

    public Instant hiddenAt() {
        return hiddenAt;
    }

    public String hiddenReason() {
        return hiddenReason;
    }

    public boolean removed() {
        return removed;
    }
}
