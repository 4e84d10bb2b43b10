package kz.emocare.auth.client;

import java.util.Map;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * How client secrets are stored: PBKDF2-HMAC-SHA256 with 1,000 iterations and a 16-byte salt. A client secret is a
 * long random string issued by the operator, not something a person chose, so a slow password hash (Argon2id, tens of
 * milliseconds per check) would protect nothing more and would cost that time on every token request of a machine
 * client and every code exchange. People's passwords keep Argon2id.
 */
@Component
public class ClientSecrets {

    private final PasswordEncoder encoder = new DelegatingPasswordEncoder(
            "pbkdf2-sha256",
            Map.of(
                    "pbkdf2-sha256",
                    new Pbkdf2PasswordEncoder(
                            "", 16, 1000, Pbkdf2PasswordEncoder.SecretKeyFactoryAlgorithm.PBKDF2WithHmacSHA256),
                    // Secrets stored before, with the password encoder: an Argon2 hash names its own parameters.
                    "argon2",
                    Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));

    /** The stored form of a new client secret. */
    public String encode(String secret) {
        return encoder.encode(secret);
    }

    /** The encoder Spring Authorization Server checks client secrets with. */
    public PasswordEncoder encoder() {
        return encoder;
    }
}
