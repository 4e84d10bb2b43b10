package kz.emocare.hub.community;

import java.util.UUID;

/** A member posted in a community; published inside the posting transaction. */
public record CommunityPostPublished(long postId, UUID communityId, UUID authorId) {}
