package kz.emocare.hub.audit;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and verifies the audit trail. An append joins the caller's transaction, so an action and its audit
 * record commit or roll back together; the locked head row keeps the chain linear across hub instances.
 */
@Service
public class AuditTrail {

    private static final int VERIFY_BATCH = 1_000;

    private final AuditEventRepository events;
    private final AuditChainHeadRepository heads;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, AuditChainHeadRepository heads, Clock clock) {
        this.events = events;
        this.heads = heads;
        this.clock = clock;
    }

    /** Appends an entry at the end of the chain. */
    @Transactional
    public AuditEvent record(AuditEntry entry) {
        AuditChainHead head = heads.lockHead().orElseThrow(() -> new IllegalStateException("audit head row missing"));
        AuditEvent event = new AuditEvent(head.lastSeq() + 1, clock.instant(), entry, head.lastHash());
        events.save(event);
        head.advance(event);
        return event;
    }

    /** Walks the whole chain and reports the first event whose hash or link does not hold. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        AuditChainHead head = heads.findById(1).orElseThrow();
        String expectedPrevious = ChainVerification.GENESIS_HASH;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEvent> batch =
                    events.findBySeqGreaterThanOrderBySeqAsc(expectedSeq - 1, PageRequest.of(0, VERIFY_BATCH));
            for (AuditEvent event : batch) {
                if (event.seq() != expectedSeq
                        || !event.prevHash().equals(expectedPrevious)
                        || !event.hash().equals(event.computeHash())) {
                    return ChainVerification.broken(checked, expectedSeq);
                }
                expectedPrevious = event.hash();
                expectedSeq++;
                checked++;
            }
            if (batch.size() < VERIFY_BATCH) {
                break;
            }
        }
        if (head.lastSeq() != checked || !head.lastHash().equals(expectedPrevious)) {
            return ChainVerification.broken(checked, checked + 1);
        }
        return ChainVerification.intact(checked);
    }
}
