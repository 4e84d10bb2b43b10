package kz.emocare.hub.consent;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentEventRepository extends JpaRepository<ConsentEvent, Long> {

    List<ConsentEvent> findByConsentIdOrderByIdAsc(UUID consentId);
}
