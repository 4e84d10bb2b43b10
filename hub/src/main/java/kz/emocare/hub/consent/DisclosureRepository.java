package kz.emocare.hub.consent;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisclosureRepository extends JpaRepository<Disclosure, Long> {

    Page<Disclosure> findByPersonId(UUID personId, Pageable page);

    List<Disclosure> findByPersonId(UUID personId);
}
