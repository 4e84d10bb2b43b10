package kz.emocare.hub.community;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.emocare.hub.person.People;
import kz.emocare.hub.person.Person;

/** How the API shows communities, members and posts. */
final class CommunityViews {

    private CommunityViews() {}

    /**
     * A community.
     *
     * @param myMembership my standing, absent if I never joined
     * @param myRejoinAllowedAt when I may join again, if a moderator removed me
     */
    record CommunityView(
            UUID id,
            Translations title,
            Translations description,
            List<String> themes,
            CommunityStatus status,
            long memberCount,
            MembershipStatus myMembership,
            Instant myRejoinAllowedAt,
            Instant createdAt) {

        static CommunityView of(CommunityOverview overview) {
            Community community = overview.community();
            CommunityMembership mine = overview.viewerMembership();
            return new CommunityView(
                    community.id(),
                    community.title(),
                    community.description(),
                    community.themes().stream().sorted().toList(),
                    community.status(),
                    overview.memberCount(),
                    mine == null ? null : mine.status(),
                    mine == null || mine.status() != MembershipStatus.REMOVED ? null : mine.rejoinAllowedAt(),
                    community.createdAt());
        }
    }

    /** A membership as moderators see it. */
    record MemberView(
            UUID personId,
            String displayName,
            MembershipStatus status,
            Instant joinedAt,
            Instant leftAt,
            Instant rejoinAllowedAt,
            String removalReason) {}

    /**
     * A post.
     *
     * @param text absent once removed (its author erased their account)
     * @param hiddenReason why a moderator hid it; only moderators and the author see hidden posts
     */
    record PostView(
            long id,
            UUID communityId,
            UUID authorId,
            String authorName,
            boolean mine,
            String text,
            Instant postedAt,
            boolean hidden,
            String hiddenReason,
            boolean removed) {}

    /** Builds member and post views, looking each name up once per request. */
    static final class Builder {

        private final People people;
        private final UUID viewerId;
        private final Map<UUID, String> names = new HashMap<>();

        Builder(People people, UUID viewerId) {
            this.people = people;
            this.viewerId = viewerId;
        }

        MemberView member(CommunityMembership membership) {
            return new MemberView(
                    membership.personId(),
                    name(membership.personId()),
                    membership.status(),
                    membership.joinedAt(),
                    membership.leftAt(),
                    membership.rejoinAllowedAt(),
                    membership.removalReason());
        }

        PostView post(CommunityPost post) {
            return new PostView(
                    post.id(),
                    post.communityId(),
                    post.authorId(),
                    name(post.authorId()),
                    post.authorId().equals(viewerId),
                    post.body(),
                    post.postedAt(),
                    post.hidden(),
                    post.hiddenReason(),
                    post.removed());
        }

        private String name(UUID personId) {
            return names.computeIfAbsent(
                    personId, id -> people.find(id).map(Person::displayName).orElse(null));
        }
    }
}
