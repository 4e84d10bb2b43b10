package kz.emocare.hub.person;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationRepository extends JpaRepository<Organization, UUID> {

    Optional<Organization> findByExternalSystemAndExternalId(String externalSystem, String externalId);

    Page<Organization> findByKind(OrganizationKind kind, Pageable page);
}
