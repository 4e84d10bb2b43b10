package kz.emocare.hub.community;

import java.util.UUID;

/** A moderator removed a member from a community. */
public record CommunityMemberRemoved(UUID communityId, UUID personId, UUID moderatorId) {}
