package kz.emocare.hub.community;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommunityPostRepository extends JpaRepository<CommunityPost, Long> {

    /** What a member sees: posts that are not hidden, and their own hidden ones; newest first. */
    @Query("select p from CommunityPost p where p.communityId = :communityId"
            + " and (p.hidden = false or p.authorId = :viewerId) order by p.id desc")
    Page<CommunityPost> visibleToMember(
            @Param("communityId") UUID communityId, @Param("viewerId") UUID viewerId, Pageable page);

    /** What a moderator sees: every post, newest first. */
    Page<CommunityPost> findByCommunityIdOrderByIdDesc(UUID communityId, Pageable page);

    List<CommunityPost> findByAuthorIdOrderByIdAsc(UUID authorId);
}
