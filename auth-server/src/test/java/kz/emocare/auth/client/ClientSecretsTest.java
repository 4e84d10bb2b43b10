package kz.emocare.auth.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class ClientSecretsTest {

    private final ClientSecrets secrets = new ClientSecrets();

    @Test
    void storesSecretsSaltedWithPbkdf2AndChecksThem() {
        String stored = secrets.encode("demo-machine-secret");

        assertThat(stored).startsWith("{pbkdf2-sha256}").doesNotContain("demo-machine-secret");
        assertThat(secrets.encode("demo-machine-secret")).isNotEqualTo(stored);
        assertThat(secrets.encoder().matches("demo-machine-secret", stored)).isTrue();
        assertThat(secrets.encoder().matches("another-secret", stored)).isFalse();
    }

    @Test
    void stillChecksSecretsStoredEarlierWithArgon2() {
        String earlier = "{argon2}" + new Argon2PasswordEncoder(16, 32, 1, 4096, 1).encode("demo-hub-web-secret");

        assertThat(secrets.encoder().matches("demo-hub-web-secret", earlier)).isTrue();
    }
}
