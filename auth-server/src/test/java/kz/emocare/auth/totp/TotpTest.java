package kz.emocare.auth.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesMatchTheRfc6238TestVectorsForSha1() {
        assertThat(Totp.codeAt(RFC_SECRET, 59 / 30)).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_SECRET, 1111111111L / 30)).isEqualTo("050471");
        assertThat(Totp.codeAt(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924");
        assertThat(Totp.codeAt(RFC_SECRET, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void codeIsAcceptedOneStepEitherSideButNotTwo() {
        String secret = Base32.encode(RFC_SECRET);
        Totp at = totpAt(1111111111L);

        assertThat(at.matchingStep(secret, Totp.codeAt(RFC_SECRET, 1111111111L / 30 - 1)))
                .isPresent();
        assertThat(at.matchingStep(secret, Totp.codeAt(RFC_SECRET, 1111111111L / 30 + 1)))
                .isPresent();
        assertThat(at.matchingStep(secret, Totp.codeAt(RFC_SECRET, 1111111111L / 30 - 2)))
                .isEmpty();
        assertThat(at.matchingStep(secret, "12345")).isEmpty();
        assertThat(at.matchingStep(secret, "abcdef")).isEmpty();
    }

    @Test
    void newSecretsHave160BitsAndRoundTripThroughBase32() {
        String secret = new Totp(Clock.systemUTC()).newSecret();

        assertThat(Base32.decode(secret)).hasSize(20);
        assertThat(Base32.encode(Base32.decode(secret))).isEqualTo(secret);
        assertThat(Base32.encode(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    @Test
    void otpauthUriNamesIssuerAccountAndParameters() {
        String uri = new Totp(Clock.systemUTC()).otpauthUri("JBSWY3DPEHPK3PXP", "psychologist");

        assertThat(uri)
                .startsWith("otpauth://totp/Emocare%20ID:psychologist?secret=JBSWY3DPEHPK3PXP")
                .contains("issuer=Emocare%20ID", "digits=6", "period=30", "algorithm=SHA1");
    }

    private static Totp totpAt(long epochSecond) {
        return new Totp(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }
}
