package kz.emocare.hub.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findBySeqGreaterThanOrderBySeqAsc(long seq, Pageable page);

    @Query("""
            select e from AuditEvent e
            where (:actor is null or e.actor = :actor)
              and (:action is null or e.action = :action)
              and (:from is null or e.occurredAt >= :from)
            """)
    Page<AuditEvent> search(String actor, String action, Instant from, Pageable page);
}
