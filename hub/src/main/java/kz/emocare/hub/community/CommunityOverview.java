package kz.emocare.hub.community;

/**
 * A community as one person sees it in a list.
 *
 * @param memberCount active members
 * @param viewerMembership the viewer's membership, or {@code null} if they never joined
 */
public record CommunityOverview(Community community, long memberCount, CommunityMembership viewerMembership) {}
