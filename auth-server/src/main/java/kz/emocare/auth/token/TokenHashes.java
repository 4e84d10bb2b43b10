package kz.emocare.auth.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * SHA-256 of a token value, as stored instead of the value. Token values are long random strings or signed JWTs, so
 * a plain (unsalted, fast) hash is enough: there is nothing to guess, only a database copy to make useless.
 */
public final class TokenHashes {

    static final String PREFIX = "sha256:";

    private TokenHashes() {}

    /** The stored form of a token value. */
    public static String hash(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Whether a value is already in stored form. */
    static boolean isHash(String value) {
        return value.startsWith(PREFIX);
    }
}
