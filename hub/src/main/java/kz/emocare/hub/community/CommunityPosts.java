package kz.emocare.hub.community;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kz.emocare.hub.audit.AuditEntry;
import kz.emocare.hub.audit.AuditOutcome;
import kz.emocare.hub.audit.AuditTrail;
import kz.emocare.hub.platform.Actor;
import kz.emocare.hub.platform.ForbiddenException;
import kz.emocare.hub.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts in communities: members post and read; moderators read everything and hide (or restore) posts, saying why.
 * Hidden posts disappear for members but their author, who sees them marked hidden with the reason.
 */
@Service
public class CommunityPosts {

    private static final Logger log = LoggerFactory.getLogger(CommunityPosts.class);

    private final CommunityPostRepository posts;
    private final Communities communities;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CommunityPosts(
            CommunityPostRepository posts,
            Communities communities,
            AuditTrail audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.posts = posts;
        this.communities = communities;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A member posts in an active community. */
    @Transactional
    public CommunityPost publish(UUID authorId, UUID communityId, String text) {
        Community community = communities.get(communityId);
        if (!communities.isMember(communityId, authorId)) {
            throw new ForbiddenException("not-a-member", "Join the community to post in it.");
        }
        community.requireActive();
        CommunityPost post = posts.save(new CommunityPost(communityId, authorId, text, clock.instant()));
        publisher.publishEvent(new CommunityPostPublished(post.id(), communityId, authorId));
        log.debug("Person {} posted {} in community {}", authorId, post.id(), communityId);
        return post;
    }

    /** Posts the viewer may see, newest first: members see what is not hidden and their own; moderators all. */
    @Transactional(readOnly = true)
    public Page<CommunityPost> visibleTo(Actor viewer, UUID communityId, Pageable page) {
        communities.get(communityId);
        UUID viewerId = viewer.requirePerson();
        Pageable unsorted = PageRequest.of(page.getPageNumber(), page.getPageSize());
        if (Communities.moderates(viewer)) {
            return posts.findByCommunityIdOrderByIdDesc(communityId, unsorted);
        }
        if (!communities.isMember(communityId, viewerId)) {
            throw new ForbiddenException("not-a-member", "Join the community to read its posts.");
        }
        return posts.visibleToMember(communityId, viewerId, unsorted);
    }

    /** A moderator hides a post, saying why. */
    @Transactional
    public CommunityPost hide(Actor moderator, UUID communityId, long postId, String reason) {
        CommunityPost post = postOf(communityId, postId);
        post.hide(moderator.requirePerson(), reason, clock.instant());
        record(moderator, "community.post_hidden", post);
        publisher.publishEvent(new CommunityPostHidden(postId, communityId, moderator.requirePerson()));
        return post;
    }

    /** A moderator restores a hidden post (a hiding by mistake). */
    @Transactional
    public CommunityPost unhide(Actor moderator, UUID communityId, long postId) {
        CommunityPost post = postOf(communityId, postId);
        post.unhide();
        record(moderator, "community.post_unhidden", post);
        return post;
    }

    @Transactional(readOnly = true)
    List<CommunityPost> byAuthor(UUID authorId) {
        return posts.findByAuthorIdOrderByIdAsc(authorId);
    }

    /** For an erased author: the text of every post goes; the posts stay as placeholders for the counts. */
    @Transactional
    void removeAllOf(UUID authorId) {
        posts.findByAuthorIdOrderByIdAsc(authorId).forEach(CommunityPost::remove);
    }

    private CommunityPost postOf(UUID communityId, long postId) {
        return posts.findById(postId)
                .filter(post -> post.communityId().equals(communityId))
                .orElseThrow(() -> new NotFoundException("No such post in this community."));
    }

    private void record(Actor moderator, String action, CommunityPost post) {
        audit.record(new AuditEntry(
                moderator.auditName(),
                action,
                "community_post",
                String.valueOf(post.id()),
                AuditOutcome.SUCCESS,
                "community=" + post.communityId()));
    }
}
