package kz.emocare.hub.crisis;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CrisisRequestRepository extends JpaRepository<CrisisRequest, UUID> {

    /**
     * The person's active request, locked until the transaction ends, so that concurrent presses of the help button
     * add to it one after the other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<CrisisRequest> findByActivePersonId(UUID personId);

    Page<CrisisRequest> findByPersonId(UUID personId, Pageable page);

    List<CrisisRequest> findByPersonIdOrderByOpenedAtAsc(UUID personId);

    /** The psychologists' queue, oldest first; {@code assignee} and {@code source} are optional filters. */
    @Query("""
            select r from CrisisRequest r
            where r.state in :states
              and (:source is null or r.source = :source)
              and (:assignee is null or r.assignedPsychologistId = :assignee)
              and (:unassignedOnly = false or r.assignedPsychologistId is null)
            order by r.openedAt asc, r.id asc
            """)
    Page<CrisisRequest> queue(
            @Param("states") Collection<CrisisState> states,
            @Param("source") CrisisSource source,
            @Param("assignee") UUID assignee,
            @Param("unassignedOnly") boolean unassignedOnly,
            Pageable page);

    /** The requests of some people (a volunteer's clients), oldest first. */
    @Query("""
            select r from CrisisRequest r
            where r.personId in :people
              and r.state in :states
              and (:source is null or r.source = :source)
            order by r.openedAt asc, r.id asc
            """)
    Page<CrisisRequest> ofPeople(
            @Param("people") Collection<UUID> people,
            @Param("states") Collection<CrisisState> states,
            @Param("source") CrisisSource source,
            Pageable page);
}
