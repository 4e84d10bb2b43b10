package kz.emocare.hub.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SessionSlotRepository extends JpaRepository<SessionSlot, UUID> {

    /** Whether the psychologist has a slot (not withdrawn) that overlaps the time. */
    @Query("select count(s) > 0 from SessionSlot s where s.psychologistId = :psychologistId"
            + " and s.status <> kz.emocare.hub.session.SlotStatus.WITHDRAWN"
            + " and s.startsAt < :endsAt and s.endsAt > :startsAt")
    boolean overlapping(
            @Param("psychologistId") UUID psychologistId,
            @Param("startsAt") Instant startsAt,
            @Param("endsAt") Instant endsAt);

    @Query("select s from SessionSlot s where s.psychologistId = :psychologistId and s.endsAt > :now"
            + " order by s.startsAt asc, s.id asc")
    Page<SessionSlot> upcomingOf(
            @Param("psychologistId") UUID psychologistId, @Param("now") Instant now, Pageable page);

    @Query("select s from SessionSlot s where s.psychologistId = :psychologistId and s.endsAt <= :now"
            + " order by s.startsAt desc, s.id asc")
    Page<SessionSlot> pastOf(@Param("psychologistId") UUID psychologistId, @Param("now") Instant now, Pageable page);

    /** Open slots that have not started, of any of the psychologists, soonest first. */
    @Query("select s from SessionSlot s where s.psychologistId in :psychologistIds"
            + " and s.status = kz.emocare.hub.session.SlotStatus.OPEN and s.startsAt > :now"
            + " order by s.startsAt asc, s.id asc")
    Page<SessionSlot> bookable(
            @Param("psychologistIds") Collection<UUID> psychologistIds, @Param("now") Instant now, Pageable page);

    List<SessionSlot> findByPsychologistIdAndStatusAndStartsAtAfter(
            UUID psychologistId, SlotStatus status, Instant after);

    List<SessionSlot> findByPsychologistId(UUID psychologistId);

    boolean existsByPsychologistId(UUID psychologistId);
}
