package kz.emocare.auth.token;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes what can no longer be used: authorizations whose every token expired a day ago, the rotated refresh tokens
 * of families that are gone, and spent or expired reset links, launch contexts and old failure counters. Keeps the
 * look-up tables small, so that token requests stay fast however long the server runs.
 */
@Component
class ExpiredRecords {

    private static final Logger log = LoggerFactory.getLogger(ExpiredRecords.class);
    private static final Duration GRACE = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExpiredRecords(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void removeExpired() {
        Timestamp before = Timestamp.from(clock.instant().minus(GRACE));
        int authorizations = jdbc.update(
                "DELETE FROM oauth2_authorization WHERE"
                        + " COALESCE(refresh_token_expires_at, access_token_expires_at, authorization_code_expires_at)"
                        + " < ? AND (refresh_token_expires_at IS NULL OR refresh_token_expires_at < ?)",
                before,
                before);
        jdbc.update("DELETE FROM used_refresh_token WHERE NOT EXISTS"
                + " (SELECT 1 FROM oauth2_authorization a WHERE a.id = used_refresh_token.authorization_id)");
        jdbc.update("DELETE FROM password_reset WHERE expires_at < ?", before);
        jdbc.update("DELETE FROM launch_context WHERE expires_at < ? AND authorization_id IS NULL", before);
        jdbc.update("DELETE FROM launch_context WHERE authorization_id IS NOT NULL AND NOT EXISTS"
                + " (SELECT 1 FROM oauth2_authorization a WHERE a.id = launch_context.authorization_id)");
        jdbc.update("DELETE FROM account_throttle WHERE last_failure_at < ?", before);
        log.debug("Removed {} expired authorizations", authorizations);
    }
}
