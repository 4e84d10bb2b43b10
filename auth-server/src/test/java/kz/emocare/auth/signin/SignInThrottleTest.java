package kz.emocare.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import kz.emocare.auth.config.AuthServerProperties;
import kz.emocare.auth.support.TestClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(
            null,
            clock,
            new AuthServerProperties(
                    null,
                    null,
                    null,
                    new AuthServerProperties.SignIn(
                            3,
                            Duration.ofMinutes(1),
                            3,
                            Duration.ofSeconds(2),
                            Duration.ofMinutes(15),
                            Duration.ofMinutes(5)),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));

    @Test
    void addressOverItsLimitIsRefusedUntilTheWindowEnds() {
        assertThat(throttle.allowAddress("192.0.2.10")).isTrue();
        assertThat(throttle.allowAddress("192.0.2.10")).isTrue();
        assertThat(throttle.allowAddress("192.0.2.10")).isTrue();
        assertThat(throttle.allowAddress("192.0.2.10")).isFalse();
        assertThat(throttle.allowAddress("192.0.2.11")).isTrue();

        clock.advance(Duration.ofSeconds(61));

        assertThat(throttle.allowAddress("192.0.2.10")).isTrue();
    }
}
