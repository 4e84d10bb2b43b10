package kz.emocare.auth.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import kz.emocare.auth.config.AuthServerProperties;
import kz.emocare.auth.hub.HubClient;
import kz.emocare.auth.hub.HubRejectedException;
import kz.emocare.auth.hub.HubUnavailableException;
import kz.emocare.contracts.audit.SecurityEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drains the audit outbox into the hub, oldest first. An event leaves the outbox only once the hub accepted it; when
 * the hub is down, delivery stops and the event waits with a back-off that doubles per attempt up to {@code
 * emocare.auth.audit.max-backoff}. An event the hub refuses for good (a contract mismatch) waits the same way but does
 * not hold back the events after it; it stays in the outbox for an operator. A lost acknowledgement can make the hub
 * record an event twice, never zero times.
 */
@Component
public class AuditDelivery {

    private static final Logger log = LoggerFactory.getLogger(AuditDelivery.class);

    private final JdbcTemplate jdbc;
    private final HubClient hub;
    private final Clock clock;
    private final AuthServerProperties.Audit settings;

    public AuditDelivery(JdbcTemplate jdbc, HubClient hub, Clock clock, AuthServerProperties properties) {
        this.jdbc = jdbc;
        this.hub = hub;
        this.clock = clock;
        this.settings = properties.audit();
    }

    /** Sends the events that are due; stops when the hub is unreachable, so that order is kept. */
    @Scheduled(fixedDelayString = "${emocare.auth.audit.delivery-interval}")
    public void deliverDue() {
        for (PendingEvent pending : due()) {
            try {
                hub.recordSecurityEvent(pending.event());
                jdbc.update("DELETE FROM audit_outbox WHERE id = ?", pending.id());
            } catch (HubRejectedException e) {
                postpone(pending);
                log.warn("Audit event {} refused by the hub: {}", pending.id(), e.getMessage());
            } catch (HubUnavailableException e) {
                postpone(pending);
                log.debug("Audit event {} not delivered yet (attempt {})", pending.id(), pending.attempts() + 1);
                return;
            }
        }
    }

    /** Events still waiting for the hub. */
    public int pendingCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_outbox", Integer.class);
    }

    private List<PendingEvent> due() {
        return jdbc.query(
                "SELECT id, action, actor, outcome, source_address, occurred_at, attempts FROM audit_outbox"
                        + " WHERE next_attempt_at <= ? ORDER BY occurred_at, id LIMIT " + settings.batchSize(),
                (row, index) -> new PendingEvent(
                        row.getString("id"),
                        new SecurityEvent(
                                row.getString("action"),
                                row.getString("actor"),
                                row.getString("outcome"),
                                row.getString("source_address"),
                                row.getTimestamp("occurred_at").toInstant()),
                        row.getInt("attempts")),
                Timestamp.from(clock.instant()));
    }

    private void postpone(PendingEvent pending) {
        int attempts = pending.attempts() + 1;
        Duration backoff = Duration.ofSeconds(1L << Math.min(attempts, 20));
        if (backoff.compareTo(settings.maxBackoff()) > 0) {
            backoff = settings.maxBackoff();
        }
        jdbc.update(
                "UPDATE audit_outbox SET attempts = ?, next_attempt_at = ? WHERE id = ?",
                attempts,
                Timestamp.from(clock.instant().plus(backoff)),
                pending.id());
    }

    private record PendingEvent(String id, SecurityEvent event, int attempts) {}
}
