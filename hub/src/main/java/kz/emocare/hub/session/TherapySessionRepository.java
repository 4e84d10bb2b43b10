package kz.emocare.hub.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TherapySessionRepository extends JpaRepository<TherapySession, UUID> {

    @Query("select s from TherapySession s where (s.clientId = :personId or s.psychologistId = :personId)"
            + " and s.endsAt > :now order by s.startsAt asc, s.id asc")
    Page<TherapySession> upcomingOf(@Param("personId") UUID personId, @Param("now") Instant now, Pageable page);

    @Query("select s from TherapySession s where (s.clientId = :personId or s.psychologistId = :personId)"
            + " and s.endsAt <= :now order by s.startsAt desc, s.id asc")
    Page<TherapySession> pastOf(@Param("personId") UUID personId, @Param("now") Instant now, Pageable page);

    Page<TherapySession> findByClientIdOrderByStartsAtDescIdAsc(UUID clientId, Pageable page);

    List<TherapySession> findByClientIdOrPsychologistId(UUID clientId, UUID psychologistId);
}
