package kz.emocare.hub.community;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommunityMembershipRepository extends JpaRepository<CommunityMembership, UUID> {

    Optional<CommunityMembership> findByCommunityIdAndPersonId(UUID communityId, UUID personId);

    List<CommunityMembership> findByPersonIdAndCommunityIdIn(UUID personId, Collection<UUID> communityIds);

    List<CommunityMembership> findByPersonId(UUID personId);

    Page<CommunityMembership> findByCommunityIdOrderByJoinedAtDescIdAsc(UUID communityId, Pageable page);

    Page<CommunityMembership> findByCommunityIdAndStatusOrderByJoinedAtDescIdAsc(
            UUID communityId, MembershipStatus status, Pageable page);

    /** Active members per community. */
    @Query("select m.communityId, count(m) from CommunityMembership m where m.communityId in :communityIds"
            + " and m.status = kz.emocare.hub.community.MembershipStatus.ACTIVE group by m.communityId")
    List<Object[]> countActive(@Param("communityIds") Collection<UUID> communityIds);
}
