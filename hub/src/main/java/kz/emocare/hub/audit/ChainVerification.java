package kz.emocare.hub.audit;

/**
 * The result of walking the audit chain.
 *
 * @param intact whether every event links to its predecessor and matches its hash
 * @param checkedEvents how many events were found intact before the first break (all of them when intact)
 * @param firstBrokenSeq the sequence number where the chain breaks (an event changed, missing or added), or
 *     {@code null} when intact
 */
public record ChainVerification(boolean intact, long checkedEvents, Long firstBrokenSeq) {

    static final String GENESIS_HASH = "0".repeat(64);

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null);
    }

    static ChainVerification broken(long checked, long firstBrokenSeq) {
        return new ChainVerification(false, checked, firstBrokenSeq);
    }
}
