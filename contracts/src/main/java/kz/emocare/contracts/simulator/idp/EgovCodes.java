package kz.emocare.contracts.simulator.idp;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One-time authorization codes of the eGov identity provider, with the nonce and PKCE challenge they were bound to. */
final class EgovCodes {

    private static final Duration LIFETIME = Duration.ofMinutes(1);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, CodeGrant> codes = new ConcurrentHashMap<>();

    EgovCodes(Clock clock) {
        this.clock = clock;
    }

    String issue(CodeGrant.Request request) {
        Instant now = clock.instant();
        codes.values().removeIf(grant -> !now.isBefore(grant.expiresAt()));
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        codes.put(code, new CodeGrant(request, now, now.plus(LIFETIME)));
        return code;
    }

    /** Takes a code; it cannot be used again. */
    Optional<CodeGrant> redeem(String code) {
        CodeGrant grant = code == null ? null : codes.remove(code);
        return Optional.ofNullable(grant).filter(found -> clock.instant().isBefore(found.expiresAt()));
    }

    /** A code's binding: who signed in, for which client and redirect, with which nonce and PKCE challenge. */
    record CodeGrant(Request request, Instant authenticatedAt, Instant expiresAt) {

        record Request(
                String clientId, String redirectUri, String iin, String scope, String nonce, String codeChallenge) {}
    }
}
