package kz.emocare.contracts.simulator.school;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One-time authorization codes, valid for a minute (RFC 6749 §4.1.2 recommends at most ten). */
final class AuthorizationCodes {

    private static final Duration LIFETIME = Duration.ofMinutes(1);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, CodeGrant> codes = new ConcurrentHashMap<>();

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    String issue(String clientId, String redirectUri, long userId, String scope) {
        pruneExpired();
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        codes.put(
                code,
                new CodeGrant(
                        clientId, redirectUri, userId, scope, clock.instant().plus(LIFETIME)));
        return code;
    }

    /** Takes a code: it cannot be used again, whatever the outcome. */
    Optional<CodeGrant> redeem(String code) {
        CodeGrant grant = code == null ? null : codes.remove(code);
        return Optional.ofNullable(grant).filter(found -> clock.instant().isBefore(found.expiresAt()));
    }

    private void pruneExpired() {
        Instant now = clock.instant();
        codes.values().removeIf(grant -> !now.isBefore(grant.expiresAt()));
    }

    record CodeGrant(String clientId, String redirectUri, long userId, String scope, Instant expiresAt) {}
}
