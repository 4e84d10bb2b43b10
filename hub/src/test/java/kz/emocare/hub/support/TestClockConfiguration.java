package kz.emocare.hub.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts a {@link TestClock} in front of the hub's clock, so tests can pin time without a context of their own. */
@TestConfiguration
public class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }
}
