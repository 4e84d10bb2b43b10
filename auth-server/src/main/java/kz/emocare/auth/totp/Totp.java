package kz.emocare.auth.totp;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 time-based one-time passwords: HMAC-SHA1 over the 30-second time step, six digits, a 160-bit secret. A
 * code is accepted for the current step and one step either side; callers must then mark the step used so that it
 * is never accepted again.
 */
@Component
public class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    static final int ALLOWED_DRIFT_STEPS = 1;
    private static final int SECRET_BYTES = 20;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Totp(Clock clock) {
        this.clock = clock;
    }

    /** A new random secret, Base32-encoded. */
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The time step the code belongs to, within the allowed drift, or empty when it matches none. */
    public OptionalLong matchingStep(String base32Secret, String code) {
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!digits.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] key = Base32.decode(base32Secret);
        long current = currentStep();
        OptionalLong matched = OptionalLong.empty();
        for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
            boolean equal = MessageDigest.isEqual(
                    codeAt(key, step).getBytes(StandardCharsets.US_ASCII), digits.getBytes(StandardCharsets.US_ASCII));
            if (equal && matched.isEmpty()) {
                matched = OptionalLong.of(step);
            }
        }
        return matched;
    }

    /** The code of the current step (used by tests and the benchmark, standing in for an authenticator app). */
    public String currentCode(String base32Secret) {
        return codeAt(Base32.decode(base32Secret), currentStep());
    }

    /** The {@code otpauth://} URI authenticator apps read from the enrolment QR code. */
    public String otpauthUri(String base32Secret, String accountName) {
        String issuer = "Emocare ID";
        return "otpauth://totp/" + encode(issuer) + ":" + encode(accountName) + "?secret=" + base32Secret + "&issuer="
                + encode(issuer) + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    long currentStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), STEP_SECONDS);
    }

    static String codeAt(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is unavailable", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
