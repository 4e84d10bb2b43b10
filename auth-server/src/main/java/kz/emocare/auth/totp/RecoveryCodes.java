package kz.emocare.auth.totp;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.emocare.auth.token.TokenHashes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use recovery codes for a lost authenticator. Each has 80 random bits, so a SHA-256 hash is a safe stored
 * form (a slow password hash would add nothing against guessing and cost a hash per stored code at sign-in).
 */
@Component
public class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecoveryCodes(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Replaces the account's codes with new ones and returns them, the only time they are shown. */
    @Transactional
    public List<String> renew(String accountId) {
        jdbc.update("DELETE FROM recovery_code WHERE account_id = ?", accountId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String code = newCode();
            codes.add(code);
            jdbc.update("INSERT INTO recovery_code (account_id, code_hash) VALUES (?, ?)", accountId, hash(code));
        }
        return codes;
    }

    /** Spends a code; true only the first time a valid code is used. */
    public boolean use(String accountId, String code) {
        return jdbc.update(
                        "UPDATE recovery_code SET used_at = ? WHERE account_id = ? AND code_hash = ?"
                                + " AND used_at IS NULL",
                        Timestamp.from(clock.instant()),
                        accountId,
                        hash(code))
                == 1;
    }

    /** Whether the text has the shape of a recovery code (rather than a six-digit TOTP code). */
    public static boolean looksLikeRecoveryCode(String text) {
        return text != null && normalize(text).length() == 16;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String hash(String code) {
        return TokenHashes.hash(normalize(code));
    }

    private static String normalize(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
