package kz.emocare.hub.person;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface CareAssignmentRepository extends JpaRepository<CareAssignment, UUID> {

    boolean existsByClientIdAndHelperIdAndEndedAtIsNull(UUID clientId, UUID helperId);

    List<CareAssignment> findByClientIdAndEndedAtIsNull(UUID clientId);

    Page<CareAssignment> findByHelperIdAndEndedAtIsNull(UUID helperId, Pageable page);

    List<CareAssignment> findByClientIdOrHelperId(UUID clientId, UUID helperId);
}
