package kz.emocare.auth.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Local accounts in the {@code local_account} table; usernames are kept in lower case. */
@Component
public class LocalAccounts {

    private static final RowMapper<LocalAccount> ROW = (row, index) -> new LocalAccount(
            row.getString("id"),
            row.getString("username"),
            row.getString("email"),
            row.getString("password_hash"),
            row.getString("person_id"),
            row.getString("totp_secret"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LocalAccounts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    public Optional<LocalAccount> findByUsername(String username) {
        return one("SELECT * FROM local_account WHERE username = ?", normalize(username));
    }

    public Optional<LocalAccount> findById(String id) {
        return one("SELECT * FROM local_account WHERE id = ?", id);
    }

    public Optional<LocalAccount> findByEmail(String email) {
        return one("SELECT * FROM local_account WHERE email = ?", email == null ? "" : email.trim());
    }

    public Optional<LocalAccount> findByPersonId(String personId) {
        return one("SELECT * FROM local_account WHERE person_id = ?", personId);
    }

    /** Creates an account and returns its id. */
    public String create(String username, String email, String passwordHash, String personId) {
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(
                "INSERT INTO local_account (id, username, email, password_hash, person_id, created_at,"
                        + " password_changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                id,
                normalize(username),
                email,
                passwordHash,
                personId,
                now,
                now);
        return id;
    }

    public void changePassword(String id, String passwordHash) {
        jdbc.update(
                "UPDATE local_account SET password_hash = ?, password_changed_at = ? WHERE id = ?",
                passwordHash,
                Timestamp.from(clock.instant()),
                id);
    }

    public void linkPerson(String id, String personId) {
        jdbc.update("UPDATE local_account SET person_id = ? WHERE id = ?", personId, id);
    }

    /** Stores a confirmed TOTP secret; its first accepted step is remembered so that code is not accepted again. */
    public void enrolSecondFactor(String id, String base32Secret, long acceptedStep) {
        jdbc.update(
                "UPDATE local_account SET totp_secret = ?, totp_enrolled_at = ?, totp_last_step = ? WHERE id = ?",
                base32Secret,
                Timestamp.from(clock.instant()),
                acceptedStep,
                id);
    }

    /**
     * Marks a TOTP time step as used, atomically: only a step later than every step used before is accepted, so a
     * code (or an earlier one) never works twice, not even in two requests at once.
     */
    public boolean useTimeStep(String id, long step) {
        return jdbc.update(
                        "UPDATE local_account SET totp_last_step = ? WHERE id = ?"
                                + " AND (totp_last_step IS NULL OR totp_last_step < ?)",
                        step,
                        id,
                        step)
                == 1;
    }

    private Optional<LocalAccount> one(String sql, Object argument) {
        return jdbc.query(sql, ROW, argument).stream().findFirst();
    }
}
