package kz.emocare.hub.consent;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, UUID> {

    Page<Consent> findByPersonId(UUID personId, Pageable page);

    List<Consent> findByPersonIdAndRecipientIdAndPurposeAndStatus(
            UUID personId, UUID recipientId, ConsentPurpose purpose, ConsentStatus status);

    List<Consent> findByPersonIdAndStatus(UUID personId, ConsentStatus status);

    List<Consent> findByPersonId(UUID personId);
}
