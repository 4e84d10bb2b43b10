package kz.emocare.auth.reset;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import kz.emocare.auth.config.AuthServerProperties;
import kz.emocare.auth.token.TokenHashes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reset links: 256 random bits, stored as a hash, valid for {@code reset-link-lifetime}, used once. */
@Component
class PasswordResets {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuthServerProperties.Mail settings;
    private final SecureRandom random = new SecureRandom();

    PasswordResets(JdbcTemplate jdbc, Clock clock, AuthServerProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.mail();
    }

    /** Creates a reset token for the account and returns it (the only place it exists in clear). */
    String create(String accountId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update(
                "INSERT INTO password_reset (token_hash, account_id, expires_at) VALUES (?, ?, ?)",
                TokenHashes.hash(token),
                accountId,
                Timestamp.from(clock.instant().plus(settings.resetLinkLifetime())));
        return token;
    }

    /** The account of an unused, unexpired token. */
    Optional<String> accountOf(String token) {
        return jdbc
                .queryForList(
                        "SELECT account_id FROM password_reset WHERE token_hash = ? AND used_at IS NULL"
                                + " AND expires_at > ?",
                        String.class,
                        TokenHashes.hash(token),
                        Timestamp.from(clock.instant()))
                .stream()
                .findFirst();
    }

    /** Spends the token; false when it was spent already (two submissions at once). */
    boolean use(String token) {
        return jdbc.update(
                        "UPDATE password_reset SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                        Timestamp.from(clock.instant()),
                        TokenHashes.hash(token))
                == 1;
    }
}
