package kz.emocare.hub.community;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import kz.emocare.hub.platform.ConflictException;
import kz.emocare.hub.platform.crypto.EncryptedString;

/**
 * A person's membership of a community, one per person and community, kept when they leave or are removed: a
 * removal blocks re-joining until {@code rejoinAllowedAt}, unless a moderator re-admits them earlier.
 */
@Entity
public class CommunityMembership {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    @Id
    private UUID id;

    private UUID communityId;
    private UUID personId;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    private Instant joinedAt;
    private Instant leftAt;
    private UUID removedBy;

    @Column(name = "removal_reason_cipher")
    @Convert(converter = EncryptedString.class)
    private String removalReason;

    private Instant rejoinAllowedAt;

    @Version
    private long version;

    protected CommunityMembership() {}

    CommunityMembership(UUID communityId, UUID personId, Instant now) {
        this.id = UUID.randomUUID();
        this.communityId = communityId;
        this.personId = personId;
        this.status = MembershipStatus.ACTIVE;
        this.joinedAt = now;
    }

    /** Joins again after leaving, or after a removal once the block is over. Already a member: nothing changes. */
    void rejoin(Instant now) {
        if (status == MembershipStatus.ACTIVE) {
            return;
        }
        if (status == MembershipStatus.REMOVED && now.isBefore(rejoinAllowedAt)) {
            throw new ConflictException(
                    "removed-from-community",
                    "A moderator removed you from this community. You can join again from "
                            + DAY.format(rejoinAllowedAt) + " (UTC), or earlier if a moderator re-admits you.");
        }
        status = MembershipStatus.ACTIVE;
        joinedAt = now;
        leftAt = null;
    }

    /** Leaves; leaving when not a member changes nothing. */
    void leave(Instant now) {
        if (status == MembershipStatus.ACTIVE) {
            status = MembershipStatus.LEFT;
            leftAt = now;
        }
    }

    /** A moderator removes the member; they may not re-join before {@code rejoinAllowedAt}. */
    void remove(UUID moderatorId, String reason, Instant rejoinAllowedAt, Instant now) {
        if (status != MembershipStatus.ACTIVE) {
            throw new ConflictException("not-a-member", "This person is not a member of the community.");
        }
        this.status = MembershipStatus.REMOVED;
        this.leftAt = now;
        this.removedBy = moderatorId;
        this.removalReason = reason;
        this.rejoinAllowedAt = rejoinAllowedAt;
    }

    /** A moderator lifts a removal: the person may join again at once (they decide whether to). */
    void readmit(Instant now) {
        if (status != MembershipStatus.REMOVED) {
            throw new ConflictException("not-removed", "This person was not removed from the community.");
        }
        status = MembershipStatus.LEFT;
        rejoinAllowedAt = now;
    }

    /** For an erased account: the membership ends and the removal reason goes; the row stays for counts. */
    void forget(Instant now) {
        leave(now);
        removalReason = null;
    }

    public boolean active() {
        return status == MembershipStatus.ACTIVE;
    }

    public UUID id() {
        return id;
    }

    public UUID communityId() {
        return communityId;
    }

    public UUID personId() {
        return personId;
    }

    public MembershipStatus status() {
        return status;
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant leftAt() {
        return leftAt;
    }

    public String removalReason() {
        return removalReason;
    }

    public Instant rejoinAllowedAt() {
        return rejoinAllowedAt;
    }
}
