package kz.emocare.hub.community;

/** Whether a community takes new members and posts. */
public enum CommunityStatus {
    ACTIVE,
    /** Read-only for its members; nobody joins or posts any more. */
    ARCHIVED
}
