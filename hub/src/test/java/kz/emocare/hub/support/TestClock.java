package kz.emocare.hub.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hub's clock in tests: it follows the system clock until a test pins it to an instant, and a pinned clock moves
 * only when the test advances it. It is the primary {@link Clock} bean of every {@link HubTest} context, so all tests
 * share one context; a test that pins it releases it afterwards ({@code @AfterEach}).
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> pinned = new AtomicReference<>();

    /** Stops the clock at the instant. */
    public void pin(Instant instant) {
        pinned.set(instant);
    }

    /** Moves a pinned clock forward. */
    public void advance(Duration duration) {
        pinned.updateAndGet(instant -> {
            if (instant == null) {
                throw new IllegalStateException("pin the clock before advancing it");
            }
            return instant.plus(duration);
        });
    }

    /** Lets the clock follow the system clock again. */
    public void release() {
        pinned.set(null);
    }

    @Override
    public Instant instant() {
        Instant instant = pinned.get();
        return instant != null ? instant : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId otherZone) {
        TestClock outer = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return outer.instant();
            }

            @Override
            public ZoneId getZone() {
                return otherZone;
            }

            @Override
            public Clock withZone(ZoneId anotherZone) {
                return outer.withZone(anotherZone);
            }
        };
    }
}
