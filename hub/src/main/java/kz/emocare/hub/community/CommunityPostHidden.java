package kz.emocare.hub.community;

import java.util.UUID;

/** A moderator hid a post. */
public record CommunityPostHidden(long postId, UUID communityId, UUID moderatorId) {}
