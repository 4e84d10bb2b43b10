package kz.emocare.auth.signin;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.emocare.auth.config.AuthServerProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brute-force limits (OWASP ASVS 6.1.1/6.3.1, NIST SP 800-63B 5.2.2) that never lock an account for good:
 *
 * <ul>
 *   <li>per account name: after {@code freeFailures} consecutive failures each further attempt must wait, the wait
 *       doubling from {@code firstDelay} up to {@code maxDelay}; a success clears it. Unknown names are counted the
 *       same way, so the limit reveals nothing about which accounts exist. Stored in the database, shared by all
 *       instances;
 *   <li>per network address: at most {@code addressLimit} attempts per {@code addressWindow}, kept in memory.
 * </ul>
 */
@Component
public class SignInThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuthServerProperties.SignIn settings;
    private final Map<String, Window> addressWindows = new ConcurrentHashMap<>();

    SignInThrottle(JdbcTemplate jdbc, Clock clock, AuthServerProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.signIn();
    }

    /** Counts an attempt from the address; false when the address is over its limit. */
    public boolean allowAddress(String address) {
        Instant now = clock.instant();
        if (addressWindows.size() > 100_000) {
            addressWindows.values().removeIf(window -> window.endsBefore(now));
        }
        Window window = addressWindows.compute(
                address,
                (key, current) -> current == null || current.endsBefore(now)
                        ? new Window(now.plus(settings.addressWindow()), 1)
                        : current.counted());
        return window.attempts() <= settings.addressLimit();
    }

    /** How long the account must still wait before the next attempt, if at all. */
    public Optional<Duration> accountWait(String accountKey) {
        return jdbc
                .query(
                        "SELECT consecutive_failures, last_failure_at FROM account_throttle WHERE account_key = ?",
                        (row, index) -> waitAfter(
                                row.getInt("consecutive_failures"),
                                row.getTimestamp("last_failure_at").toInstant()),
                        accountKey)
                .stream()
                .findFirst()
                .flatMap(wait -> wait);
    }

    public void recordFailure(String accountKey) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "UPDATE account_throttle SET consecutive_failures = consecutive_failures + 1, last_failure_at = ?"
                        + " WHERE account_key = ?",
                now,
                accountKey);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO account_throttle (account_key, consecutive_failures, last_failure_at)"
                            + " VALUES (?, 1, ?)",
                    accountKey,
                    now);
        }
    }

    public void recordSuccess(String accountKey) {
        jdbc.update("DELETE FROM account_throttle WHERE account_key = ?", accountKey);
    }

    private Optional<Duration> waitAfter(int failures, Instant lastFailure) {
        if (failures < settings.freeFailures()) {
            return Optional.empty();
        }
        int doublings = Math.min(failures - settings.freeFailures(), 30);
        Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
        if (delay.compareTo(settings.maxDelay()) > 0) {
            delay = settings.maxDelay();
        }
        Duration remaining = Duration.between(clock.instant(), lastFailure.plus(delay));
        return remaining.isNegative() || remaining.isZero() ? Optional.empty() : Optional.of(remaining);
    }

    private record Window(Instant end, int attempts) {

        boolean endsBefore(Instant now) {
            return !end.isAfter(now);
        }

        Window counted() {
            return new Window(end, attempts + 1);
        }
    }
}
