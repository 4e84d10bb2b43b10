package kz.emocare.hub.community;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommunityRepository extends JpaRepository<Community, UUID> {

    String SEARCH = " from Community c where (:includeArchived = true"
            + " or c.status = kz.emocare.hub.community.CommunityStatus.ACTIVE)"
            + " and (:theme is null or :theme member of c.themes)"
            + " and (:memberId is null or exists (select m.id from CommunityMembership m where m.communityId = c.id"
            + " and m.personId = :memberId and m.status = kz.emocare.hub.community.MembershipStatus.ACTIVE))";

    /** Communities, newest first; optionally with a theme, or only those the member belongs to. */
    @Query(
            value = "select c" + SEARCH + " order by c.createdAt desc, c.id asc",
            countQuery = "select count(c)" + SEARCH)
    Page<Community> search(
            @Param("theme") String theme,
            @Param("memberId") UUID memberId,
            @Param("includeArchived") boolean includeArchived,
            Pageable page);
}
