package kz.emocare.auth.smart;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import kz.emocare.auth.token.TokenHashes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * EHR launch contexts. The medical system (or the hub) creates one for the patient whose page a clinician is on and
 * passes the opaque {@code launch} value to the app; the app sends it in its authorization request, and the first
 * token issued for that request binds the context to its authorization, so that the patient travels with that
 * authorization's refreshed tokens and with no other.
 */
@Component
public class LaunchContexts {

    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    LaunchContexts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates a launch context for a patient and returns its opaque launch value. */
    public String create(String patient, String createdBy) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String launch = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update(
                "INSERT INTO launch_context (launch_hash, patient, created_by, expires_at) VALUES (?, ?, ?, ?)",
                TokenHashes.hash(launch),
                patient,
                createdBy,
                Timestamp.from(clock.instant().plus(LIFETIME)));
        return launch;
    }

    /**
     * The patient of a launch value for an authorization: binds an unused, unexpired context to the authorization;
     * a context already bound answers only for that same authorization.
     */
    @Transactional
    public Optional<String> patientFor(String launch, String authorizationId) {
        String hash = TokenHashes.hash(launch);
        Optional<Context> context = jdbc
                .query(
                        "SELECT patient, expires_at, authorization_id FROM launch_context WHERE launch_hash = ?",
                        (row, index) -> new Context(
                                row.getString("patient"),
                                row.getTimestamp("expires_at").toInstant(),
                                row.getString("authorization_id")),
                        hash)
                .stream()
                .findFirst();
        if (context.isEmpty()) {
            return Optional.empty();
        }
        if (authorizationId.equals(context.get().authorizationId())) {
            return Optional.of(context.get().patient());
        }
        int bound = jdbc.update(
                "UPDATE launch_context SET authorization_id = ? WHERE launch_hash = ? AND authorization_id IS NULL"
                        + " AND expires_at > ?",
                authorizationId,
                hash,
                Timestamp.from(clock.instant()));
        return bound == 1 ? Optional.of(context.get().patient()) : Optional.empty();
    }

    private record Context(String patient, java.time.Instant expiresAt, String authorizationId) {}
}
