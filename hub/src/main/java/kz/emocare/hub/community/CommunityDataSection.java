package kz.emocare.hub.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.emocare.hub.person.PersonalDataSection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's memberships and posts in an export. On erasure the memberships end and every post loses its text (and
 * any moderation reason); the rows stay, pointing at the pseudonymised person, so that activity counts hold.
 */
@Component
class CommunityDataSection implements PersonalDataSection {

    private final Communities communities;
    private final CommunityPosts posts;

    CommunityDataSection(Communities communities, CommunityPosts posts) {
        this.communities = communities;
        this.posts = posts;
    }

    @Override
    public String name() {
        return "communities";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID personId) {
        return new ExportedCommunities(
                communities.membershipsOf(personId).stream()
                        .map(ExportedMembership::of)
                        .toList(),
                posts.byAuthor(personId).stream().map(ExportedPost::of).toList());
    }

    @Override
    public void erase(UUID personId) {
        posts.removeAllOf(personId);
        communities.forgetMember(personId);
    }

    record ExportedCommunities(List<ExportedMembership> memberships, List<ExportedPost> posts) {}

    record ExportedMembership(
            UUID communityId, MembershipStatus status, Instant joinedAt, Instant leftAt, String removalReason) {

        static ExportedMembership of(CommunityMembership membership) {
            return new ExportedMembership(
                    membership.communityId(),
                    membership.status(),
                    membership.joinedAt(),
                    membership.leftAt(),
                    membership.removalReason());
        }
    }

    record ExportedPost(long id, UUID communityId, String text, Instant postedAt, boolean hidden, String hiddenReason) {

        static ExportedPost of(CommunityPost post) {
            return new ExportedPost(
                    post.id(), post.communityId(), post.body(), post.postedAt(), post.hidden(), post.hiddenReason());
        }
    }
}
