package kz.emocare.auth.account;

import java.util.Map;
import java.util.concurrent.Semaphore;
import kz.emocare.auth.config.AuthServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password hashing: Argon2id (BouncyCastle) under a {@link DelegatingPasswordEncoder}, so a stored hash names its
 * algorithm ({@code {argon2}$argon2id$v=19$m=…,t=…,p=…$salt$hash}) and older bcrypt hashes still verify.
 *
 * <p>Hashes run at most one per CPU at a time. Argon2 is CPU- and memory-bound: more at once would not finish sooner,
 * but each holds {@code memoryKib} of heap, and a burst of sign-ins must not exhaust a small heap.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    @Bean
    PasswordEncoder passwordEncoder(AuthServerProperties properties) {
        AuthServerProperties.Password settings = properties.password();
        Argon2PasswordEncoder argon2 =
                new Argon2PasswordEncoder(16, 32, settings.parallelism(), settings.memoryKib(), settings.iterations());
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
        return new BoundedPasswordEncoder(delegating, Runtime.getRuntime().availableProcessors());
    }

    /** Lets at most {@code permits} hashes run at once. */
    static final class BoundedPasswordEncoder implements PasswordEncoder {

        private final PasswordEncoder delegate;
        private final Semaphore permits;

        BoundedPasswordEncoder(PasswordEncoder delegate, int permits) {
            this.delegate = delegate;
            this.permits = new Semaphore(permits, true);
        }

        @Override
        public String encode(CharSequence rawPassword) {
            permits.acquireUninterruptibly();
            try {
                return delegate.encode(rawPassword);
            } finally {
                permits.release();
            }
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            permits.acquireUninterruptibly();
            try {
                return delegate.matches(rawPassword, encodedPassword);
            } finally {
                permits.release();
            }
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
