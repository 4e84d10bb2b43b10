package kz.emocare.hub.mood;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MoodEntryRepository extends JpaRepository<MoodEntry, Long> {

    /** A person's entries in a period, newest first (served by the person/time index). */
    @Query("""
            select e from MoodEntry e
            where e.personId = :personId and e.recordedAt >= :from and e.recordedAt <= :until
            order by e.recordedAt desc, e.id desc
            """)
    Page<MoodEntry> history(
            @Param("personId") UUID personId,
            @Param("from") Instant from,
            @Param("until") Instant until,
            Pageable page);

    /**
     * Count, sum, minimum and maximum of the levels per local day. The instant bounds let the index narrow the rows;
     * the day bounds decide, because an entry's day is that of the zone it was recorded in.
     */
    @Query("""
            select e.localDate, count(e), sum(e.level), min(e.level), max(e.level) from MoodEntry e
            where e.personId = :personId and e.recordedAt >= :from and e.recordedAt <= :until
              and e.localDate >= :firstDay and e.localDate <= :lastDay
            group by e.localDate
            """)
    List<Object[]> daily(
            @Param("personId") UUID personId,
            @Param("from") Instant from,
            @Param("until") Instant until,
            @Param("firstDay") LocalDate firstDay,
            @Param("lastDay") LocalDate lastDay);

    Optional<MoodEntry> findFirstByPersonIdOrderByRecordedAtDescIdDesc(UUID personId);

    Optional<MoodEntry> findByIdAndPersonId(long id, UUID personId);

    List<MoodEntry> findByPersonIdOrderByRecordedAtAscIdAsc(UUID personId);

    boolean existsByPersonId(UUID personId);

    /**
     * Removes the notes, custom tags and tags of all of a person's entries in one statement, on erasure. Level, time
     * and local day stay, tied to the pseudonymised person, so that published mood figures neither change nor reveal,
     * by difference, who left. The persistence context is not cleared: the erasure transaction still holds the person.
     */
    @Modifying(flushAutomatically = true)
    @Query("update MoodEntry e set e.tags = null, e.customTags = null, e.note = null where e.personId = :personId")
    int eraseText(@Param("personId") UUID personId);
}
