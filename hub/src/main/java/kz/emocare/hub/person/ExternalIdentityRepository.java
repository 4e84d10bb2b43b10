package kz.emocare.hub.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExternalIdentityRepository extends JpaRepository<ExternalIdentity, UUID> {

    Optional<ExternalIdentity> findBySystemAndExternalId(String system, String externalId);

    List<ExternalIdentity> findByPersonId(UUID personId);
}
