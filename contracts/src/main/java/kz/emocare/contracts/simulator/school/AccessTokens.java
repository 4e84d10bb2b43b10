package kz.emocare.contracts.simulator.school;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque access tokens that carry their grant, protected by an HMAC, so that the simulator keeps no token table
 * however many tokens a benchmark asks for.
 */
final class AccessTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key = new byte[32];
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    AccessTokens(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
        random.nextBytes(key);
    }

    Duration lifetime() {
        return lifetime;
    }

    /** A token for a client, for a user or (client credentials) for none. */
    String issue(String clientId, Long userId, String scope) {
        byte[] nonce = new byte[9];
        random.nextBytes(nonce);
        String payload = String.join(
                "\n",
                clientId,
                userId == null ? "" : userId.toString(),
                scope,
                Long.toString(clock.instant().plus(lifetime).getEpochSecond()),
                ENCODER.encodeToString(nonce));
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(sign(encoded));
    }

    /** The grant of a token that is genuine and not expired. */
    Optional<TokenGrant> verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(encoded), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] fields = new String(DECODER.decode(encoded), StandardCharsets.UTF_8).split("\n", -1);
            Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(fields[3]));
            if (!clock.instant().isBefore(expiresAt)) {
                return Optional.empty();
            }
            Long userId = fields[1].isEmpty() ? null : Long.valueOf(fields[1]);
            return Optional.of(new TokenGrant(fields[0], userId, fields[2], expiresAt));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String encoded) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(encoded.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** What a token allows; {@code userId} is {@code null} for a client-credentials token. */
    record TokenGrant(String clientId, Long userId, String scope, Instant expiresAt) {}
}
