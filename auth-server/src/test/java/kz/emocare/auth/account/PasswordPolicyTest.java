package kz.emocare.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import kz.emocare.auth.config.AuthServerProperties;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final CommonPasswords commonPasswords = new CommonPasswords();
    private final PasswordPolicy policy = new PasswordPolicy(
            commonPasswords,
            new AuthServerProperties(
                    null,
                    null,
                    null,
                    null,
                    new AuthServerProperties.Password(19456, 2, 1, 8, 256),
                    null,
                    null,
                    null,
                    null,
                    null));

    @Test
    void acceptsEightCharactersWithoutAnyCompositionRule() {
        assertThat(policy.problem("tulpartulpar", "someone")).isEmpty();
        assertThat(policy.problem("жылқышы", "someone")).contains("password.too-short");
        assertThat(policy.problem("жылқышы!", "someone")).isEmpty();
    }

    @Test
    void acceptsLongPassphrasesAndRefusesAbsurdLengths() {
        assertThat(policy.problem("a".repeat(40) + " calm river at dawn " + "b".repeat(40), "someone"))
                .isEmpty();
        assertThat(policy.problem("x".repeat(257), "someone")).contains("password.too-long");
    }

    @Test
    void refusesCommonAndBreachedPasswordsWhateverTheirCase() {
        assertThat(commonPasswords.size()).isGreaterThan(3000);
        assertThat(policy.problem("password1", "someone")).contains("password.common");
        assertThat(policy.problem("Qwerty123", "someone")).contains("password.common");
        assertThat(policy.problem("iloveyou", "someone")).contains("password.common");
    }

    @Test
    void refusesTheAccountNameAsPassword() {
        assertThat(policy.problem("Psychologist", "psychologist")).contains("password.is-username");
    }
}
