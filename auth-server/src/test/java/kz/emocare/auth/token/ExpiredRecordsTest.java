package kz.emocare.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.emocare.auth.support.AuthServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ExpiredRecordsTest extends AuthServerTest {

    @Autowired
    private ExpiredRecords expiredRecords;

    @Test
    void removesAuthorizationsWhoseTokensAllExpiredAndKeepsLiveOnes() {
        Instant now = clock.instant();
        String expired = authorization(now.minus(Duration.ofDays(2)), null);
        String refreshable = authorization(now.minus(Duration.ofDays(2)), now.plus(Duration.ofHours(1)));
        String live = authorization(now.plus(Duration.ofMinutes(5)), null);
        jdbc.update(
                "INSERT INTO used_refresh_token (token_hash, authorization_id, used_at) VALUES (?, ?, ?)",
                "sha256:" + UUID.randomUUID(),
                expired,
                Timestamp.from(now));

        expiredRecords.removeExpired();

        assertThat(exists(expired)).isFalse();
        assertThat(exists(refreshable)).isTrue();
        assertThat(exists(live)).isTrue();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM used_refresh_token WHERE authorization_id = ?", Integer.class, expired))
                .isZero();
    }

    private String authorization(Instant accessExpiresAt, Instant refreshExpiresAt) {
        String id = UUID.randomUUID().toString();
        jdbc.update(
                "INSERT INTO oauth2_authorization (id, registered_client_id, principal_name, authorization_grant_type,"
                        + " access_token_value, access_token_expires_at, refresh_token_value, refresh_token_expires_at)"
                        + " VALUES (?, 'client', 'someone', 'client_credentials', ?, ?, ?, ?)",
                id,
                "sha256:" + UUID.randomUUID(),
                Timestamp.from(accessExpiresAt),
                refreshExpiresAt == null ? null : "sha256:" + UUID.randomUUID(),
                refreshExpiresAt == null ? null : Timestamp.from(refreshExpiresAt));
        return id;
    }

    private boolean exists(String id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM oauth2_authorization WHERE id = ?", Integer.class, id) == 1;
    }
}
