package kz.emocare.hub.assessment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends JpaRepository<Assessment, UUID> {

    /** A person's results, newest first; instrument and period bounds are optional. */
    @Query("""
            select a from Assessment a
            where a.personId = :personId
              and (:instrument is null or a.instrument = :instrument)
              and (:from is null or a.completedAt >= :from)
              and (:until is null or a.completedAt <= :until)
            order by a.completedAt desc, a.id desc
            """)
    Page<Assessment> ofPerson(
            @Param("personId") UUID personId,
            @Param("instrument") String instrument,
            @Param("from") Instant from,
            @Param("until") Instant until,
            Pageable page);

    List<Assessment> findByPersonIdOrderByCompletedAtAsc(UUID personId);

    boolean existsByPersonId(UUID personId);
}
