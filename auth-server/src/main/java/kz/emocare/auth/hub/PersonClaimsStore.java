package kz.emocare.auth.hub;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.emocare.contracts.identity.IdentityResolution;
import kz.emocare.contracts.identity.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The last claims the hub gave for each person. Refreshed at every sign-in, read when a token (also a refreshed one)
 * is built, so that tokens need no call to the hub.
 */
@Component
public class PersonClaimsStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PersonClaimsStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the claims of a resolution and returns them. */
    public PersonClaims save(IdentityResolution resolution) {
        PersonClaims claims = new PersonClaims(
                resolution.personId(),
                resolution.displayName(),
                List.copyOf(resolution.roles()),
                resolution.schoolId(),
                resolution.organizationId(),
                resolution.language());
        Object[] values = {
            claims.displayName(),
            claims.roles().stream().map(Role::name).collect(Collectors.joining(",")),
            text(claims.schoolId()),
            text(claims.organizationId()),
            claims.language(),
            Timestamp.from(clock.instant()),
            claims.personId().toString()
        };
        int updated = jdbc.update(
                "UPDATE person_claims SET display_name = ?, roles = ?, school_id = ?, organization_id = ?,"
                        + " language = ?, refreshed_at = ? WHERE person_id = ?",
                values);
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO person_claims (display_name, roles, school_id, organization_id, language,"
                            + " refreshed_at, person_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    values);
        }
        return claims;
    }

    public Optional<PersonClaims> find(String personId) {
        return jdbc
                .query(
                        "SELECT * FROM person_claims WHERE person_id = ?",
                        (row, index) -> new PersonClaims(
                                UUID.fromString(row.getString("person_id")),
                                row.getString("display_name"),
                                roles(row.getString("roles")),
                                uuid(row.getString("school_id")),
                                uuid(row.getString("organization_id")),
                                row.getString("language")),
                        personId)
                .stream()
                .findFirst();
    }

    private static List<Role> roles(String text) {
        return text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(",")).map(Role::valueOf).toList();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    private static UUID uuid(String text) {
        return text == null ? null : UUID.fromString(text);
    }
}
