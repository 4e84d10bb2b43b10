package kz.emocare.auth.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.emocare.auth.config.AuthServerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signing keys of Emocare ID. One key is current and signs every new token; keys it replaced stay published in
 * the JWKS for {@code emocare.auth.keys.retention}, so that rotating does not invalidate tokens already issued and
 * nobody is signed out. Instances share the keys through the database and reload them every minute.
 */
@Component
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuthServerProperties.Keys settings;
    private volatile Snapshot snapshot;

    public SigningKeys(JdbcTemplate jdbc, Clock clock, AuthServerProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.keys();
    }

    /** Source of the key that signs: only the current one, so that an encoder never has to choose. */
    public JWKSource<SecurityContext> signingSource() {
        return (selector, context) -> selector.select(new JWKSet(snapshot().current()));
    }

    /** Source of the published keys: the current key and the replaced keys still within their retention. */
    public JWKSource<SecurityContext> publishedSource() {
        return (selector, context) -> selector.select(snapshot().published());
    }

    /** The key id of the current signing key. */
    public String currentKeyId() {
        return snapshot().current().getKeyID();
    }

    /** Makes a new key current; the replaced key stays published for the retention period. */
    @Transactional
    public synchronized void rotate() {
        Instant now = clock.instant();
        jdbc.update(
                "UPDATE signing_key SET retired_at = ? WHERE retired_at IS NULL",
                Timestamp.from(now.plus(settings.retention())));
        String keyId = insertNewKey(now);
        log.info("Signing key {} is now current; the previous key stays published until its retention ends", keyId);
        reload();
    }

    /** Rotates the key when it is older than the rotation interval; also picks up rotations by other instances. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    public void rotateWhenDueAndReload() {
        snapshot();
        Instant createdAt = jdbc.queryForObject(
                        "SELECT MAX(created_at) FROM signing_key WHERE retired_at IS NULL", Timestamp.class)
                .toInstant();
        if (createdAt.plus(settings.rotationInterval()).isBefore(clock.instant())) {
            rotate();
        } else {
            reload();
        }
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        return current != null ? current : reload();
    }

    private synchronized Snapshot reload() {
        Instant now = clock.instant();
        List<StoredKey> keys = loadPublished(now);
        if (keys.stream().noneMatch(StoredKey::current)) {
            insertNewKey(now);
            keys = loadPublished(now);
        }
        JWK current = keys.stream()
                .filter(StoredKey::current)
                .findFirst()
                .orElseThrow()
                .jwk();
        List<JWK> published = new ArrayList<>();
        keys.forEach(key -> published.add(key.jwk()));
        snapshot = new Snapshot(current, new JWKSet(published));
        return snapshot;
    }

    private List<StoredKey> loadPublished(Instant now) {
        return jdbc.query(
                "SELECT jwk, retired_at FROM signing_key WHERE retired_at IS NULL OR retired_at > ?"
                        + " ORDER BY created_at DESC",
                (row, index) -> new StoredKey(parse(row.getString("jwk")), row.getTimestamp("retired_at") == null),
                Timestamp.from(now));
    }

    private String insertNewKey(Instant now) {
        RSAKey key = generate();
        jdbc.update(
                "INSERT INTO signing_key (key_id, jwk, created_at, retired_at) VALUES (?, ?, ?, NULL)",
                key.getKeyID(),
                key.toJSONString(),
                Timestamp.from(now));
        return key.getKeyID();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate an RSA signing key", e);
        }
    }

    private static JWK parse(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("A stored signing key is not a valid JWK", e);
        }
    }

    private record StoredKey(JWK jwk, boolean current) {}

    private record Snapshot(JWK current, JWKSet published) {}
}
