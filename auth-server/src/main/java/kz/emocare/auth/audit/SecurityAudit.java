package kz.emocare.auth.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.emocare.auth.config.AuthServerProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records security events (every sign-in attempt, second-factor check, reset, revocation) into the outbox that
 * {@link AuditDelivery} drains into the hub. Account names typed in are never recorded, only a keyed hash of them.
 */
@Component
public class SecurityAudit {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final byte[] actorSalt;

    public SecurityAudit(JdbcTemplate jdbc, Clock clock, AuthServerProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actorSalt = properties.audit().actorSalt().getBytes(StandardCharsets.UTF_8);
    }

    /** How an attempt ended, in the hub's audit vocabulary. */
    public enum Outcome {
        SUCCESS,
        /** Refused before it was tried (throttled, needs proof, revoked). */
        DENIED,
        FAILURE
    }

    /**
     * Records an event.
     *
     * @param action lower case with dots, e.g. {@code signin.password}, {@code signin.totp}, {@code password.reset}
     * @param actor a person id, a client id or {@link #accountActor(String)}
     */
    public void record(String action, String actor, Outcome outcome, String sourceAddress) {
        Instant now = clock.instant();
        jdbc.update(
                "INSERT INTO audit_outbox (id, action, actor, outcome, source_address, occurred_at, attempts,"
                        + " next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
                UUID.randomUUID().toString(),
                action,
                actor == null ? "unknown" : actor,
                outcome.name(),
                sourceAddress,
                Timestamp.from(now),
                Timestamp.from(now));
    }

    /** Stands for an account name in the audit trail: a salted hash, the same for the same name. */
    public String accountActor(String accountName) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(actorSalt, "HmacSHA256"));
            byte[] digest =
                    mac.doFinal(accountName.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "account:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
