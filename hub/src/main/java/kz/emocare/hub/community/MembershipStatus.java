package kz.emocare.hub.community;

/** A person's standing in a community. */
public enum MembershipStatus {
    ACTIVE,
    /** Left of their own accord (or their account was erased); may join again at any time. */
    LEFT,
    /** Removed by a moderator; may join again once the block ends or a moderator re-admits them. */
    REMOVED
}
