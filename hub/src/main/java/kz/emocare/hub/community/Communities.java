package kz.emocare.hub.community;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.emocare.contracts.identity.Role;
import kz.emocare.hub.audit.AuditEntry;
import kz.emocare.hub.audit.AuditOutcome;
import kz.emocare.hub.audit.AuditTrail;
import kz.emocare.hub.platform.Actor;
import kz.emocare.hub.platform.ConflictException;
import kz.emocare.hub.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The communities and who belongs to them. Administrators create, revise and archive communities; people join and
 * leave; moderators (psychologists and administrators) remove members for a while and re-admit them. Every
 * administrative and moderation action is audited.
 */
@Service
public class Communities {

    private static final Logger log = LoggerFactory.getLogger(Communities.class);

    private final CommunityRepository communities;
    private final CommunityMembershipRepository memberships;
    private final CommunityProperties properties;
    private final AuditTrail audit;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Communities(
            CommunityRepository communities,
            CommunityMembershipRepository memberships,
            CommunityProperties properties,
            AuditTrail audit,
            ApplicationEventPublisher publisher,
            TransactionTemplate transactions,
            Clock clock) {
        this.communities = communities;
        this.memberships = memberships;
        this.properties = properties;
        this.audit = audit;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether the actor moderates communities: psychologists and administrators do. */
    public static boolean moderates(Actor actor) {
        return actor.has(Role.PSYCHOLOGIST) || actor.has(Role.ADMINISTRATOR);
    }

    /** An administrator creates a community. */
    @Transactional
    public Community create(Actor administrator, Community.Profile profile) {
        return create(UUID.randomUUID(), profile, administrator.auditName());
    }

    /** Creates a community with a chosen id (demo data keeps its ids across restarts). */
    @Transactional
    Community create(UUID id, Community.Profile profile, String actorName) {
        Community community = communities.save(new Community(id, profile, actorName, clock.instant()));
        audit.record(AuditEntry.success(actorName, "community.created", "community", community.id()));
        return community;
    }

    /** An administrator replaces a community's title, description and themes. */
    @Transactional
    public Community revise(Actor administrator, UUID communityId, Community.Profile profile) {
        Community community = get(communityId);
        community.revise(profile, clock.instant());
        audit.record(AuditEntry.success(administrator.auditName(), "community.revised", "community", communityId));
        return community;
    }

    /** An administrator archives a community: it stays readable for its members, nobody joins or posts any more. */
    @Transactional
    public Community archive(Actor administrator, UUID communityId) {
        Community community = get(communityId);
        community.archive(clock.instant());
        audit.record(AuditEntry.success(administrator.auditName(), "community.archived", "community", communityId));
        return community;
    }

    /** Communities, newest first, with member counts and the viewer's membership. */
    @Transactional(readOnly = true)
    public Page<CommunityOverview> search(
            UUID viewerId, String theme, boolean joinedOnly, boolean includeArchived, Pageable page) {
        Page<Community> found = communities.search(
                theme,
                joinedOnly ? viewerId : null,
                includeArchived,
                PageRequest.of(page.getPageNumber(), page.getPageSize()));
        List<UUID> ids = found.getContent().stream().map(Community::id).toList();
        Map<UUID, Long> counts = ids.isEmpty() ? Map.of() : memberCounts(ids);
        Map<UUID, CommunityMembership> mine = ids.isEmpty()
                ? Map.of()
                : memberships.findByPersonIdAndCommunityIdIn(viewerId, ids).stream()
                        .collect(Collectors.toMap(CommunityMembership::communityId, Function.identity()));
        return found.map(community ->
                new CommunityOverview(community, counts.getOrDefault(community.id(), 0L), mine.get(community.id())));
    }

    /** One community as the viewer sees it. */
    @Transactional(readOnly = true)
    public CommunityOverview overview(UUID viewerId, UUID communityId) {
        Community community = get(communityId);
        return new CommunityOverview(
                community,
                memberCounts(List.of(communityId)).getOrDefault(communityId, 0L),
                memberships.findByCommunityIdAndPersonId(communityId, viewerId).orElse(null));
    }

    /** The community, or a 404. */
    @Transactional(readOnly = true)
    public Community get(UUID communityId) {
        return communities.findById(communityId).orElseThrow(() -> new NotFoundException("No such community."));
    }

    /** Joins a community (or re-joins it); joining twice changes nothing. A removed member waits for the block. */
    public CommunityMembership join(UUID personId, UUID communityId) {
        try {
            return transactions.execute(status -> joinOrRejoin(personId, communityId));
        } catch (DataIntegrityViolationException doubleClick) {
            // The same person joined in a parallel request; that membership is the one.
            return transactions.execute(status -> joinOrRejoin(personId, communityId));
        }
    }

    /** Leaves a community; leaving one you are not a member of changes nothing. */
    @Transactional
    public void leave(UUID personId, UUID communityId) {
        get(communityId);
        memberships
                .findByCommunityIdAndPersonId(communityId, personId)
                .ifPresent(membership -> membership.leave(clock.instant()));
    }

    /** Whether the person is an active member. */
    @Transactional(readOnly = true)
    public boolean isMember(UUID communityId, UUID personId) {
        return memberships
                .findByCommunityIdAndPersonId(communityId, personId)
                .filter(CommunityMembership::active)
                .isPresent();
    }

    /** Memberships of a community for moderators, latest joined first; all statuses unless one is named. */
    @Transactional(readOnly = true)
    public Page<CommunityMembership> members(UUID communityId, MembershipStatus status, Pageable page) {
        get(communityId);
        Pageable unsorted = PageRequest.of(page.getPageNumber(), page.getPageSize());
        return status == null
                ? memberships.findByCommunityIdOrderByJoinedAtDescIdAsc(communityId, unsorted)
                : memberships.findByCommunityIdAndStatusOrderByJoinedAtDescIdAsc(communityId, status, unsorted);
    }

    /**
     * A moderator removes a member, saying why; the person may not re-join for {@code block} (the configured default
     * when {@code null}) unless re-admitted earlier.
     */
    @Transactional
    public CommunityMembership removeMember(
            Actor moderator, UUID communityId, UUID personId, String reason, Duration block) {
        get(communityId);
        CommunityMembership membership = memberships
                .findByCommunityIdAndPersonId(communityId, personId)
                .orElseThrow(
                        () -> new ConflictException("not-a-member", "This person is not a member of the community."));
        Instant now = clock.instant();
        Instant rejoinAllowedAt = now.plus(block != null ? block : properties.removalBlock());
        membership.remove(moderator.requirePerson(), reason, rejoinAllowedAt, now);
        audit.record(new AuditEntry(
                moderator.auditName(),
                "community.member_removed",
                "community_membership",
                membership.id().toString(),
                AuditOutcome.SUCCESS,
                "community=" + communityId + " rejoin_allowed_at=" + rejoinAllowedAt));
        publisher.publishEvent(new CommunityMemberRemoved(communityId, personId, moderator.requirePerson()));
        log.debug("Moderator {} removed person {} from community {}", moderator.personId(), personId, communityId);
        return membership;
    }

    /** A moderator lifts a removal; the person may join again at once. */
    @Transactional
    public CommunityMembership readmit(Actor moderator, UUID communityId, UUID personId) {
        CommunityMembership membership = memberships
                .findByCommunityIdAndPersonId(communityId, personId)
                .orElseThrow(
                        () -> new ConflictException("not-removed", "This person was not removed from the community."));
        membership.readmit(clock.instant());
        audit.record(new AuditEntry(
                moderator.auditName(),
                "community.member_readmitted",
                "community_membership",
                membership.id().toString(),
                AuditOutcome.SUCCESS,
                "community=" + communityId));
        return membership;
    }

    @Transactional(readOnly = true)
    List<CommunityMembership> membershipsOf(UUID personId) {
        return memberships.findByPersonId(personId);
    }

    /** For an erased account: every membership ends and removal reasons go. */
    @Transactional
    void forgetMember(UUID personId) {
        Instant now = clock.instant();
        memberships.findByPersonId(personId).forEach(membership -> membership.forget(now));
    }

    private CommunityMembership joinOrRejoin(UUID personId, UUID communityId) {
        Community community = get(communityId);
        community.requireActive();
        Instant now = clock.instant();
        CommunityMembership membership =
                memberships.findByCommunityIdAndPersonId(communityId, personId).orElse(null);
        if (membership == null) {
            return memberships.saveAndFlush(new CommunityMembership(communityId, personId, now));
        }
        membership.rejoin(now);
        return membership;
    }

    private Map<UUID, Long> memberCounts(List<UUID> communityIds) {
        return memberships.countActive(communityIds).stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> ((Number) row[1]).longValue()));
    }
}
