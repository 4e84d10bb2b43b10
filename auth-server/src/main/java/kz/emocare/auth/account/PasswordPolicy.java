package kz.emocare.auth.account;

import java.util.Optional;
import kz.emocare.auth.config.AuthServerProperties;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (OWASP ASVS 6.2, NIST SP 800-63B): long enough, not absurdly long, not the account name
 * and not on the common-password list. No composition rules and no forced rotation.
 */
@Component
public class PasswordPolicy {

    private final CommonPasswords commonPasswords;
    private final int minLength;
    private final int maxLength;

    PasswordPolicy(CommonPasswords commonPasswords, AuthServerProperties properties) {
        this.commonPasswords = commonPasswords;
        this.minLength = properties.password().minLength();
        this.maxLength = properties.password().maxLength();
    }

    /** The message key of the first rule the password breaks, if any. */
    public Optional<String> problem(String password, String username) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < minLength) {
            return Optional.of("password.too-short");
        }
        if (length > maxLength) {
            return Optional.of("password.too-long");
        }
        if (password.equalsIgnoreCase(LocalAccounts.normalize(username))) {
            return Optional.of("password.is-username");
        }
        if (commonPasswords.contains(password)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    public int minLength() {
        return minLength;
    }
}
