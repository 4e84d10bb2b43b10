package kz.emocare.contracts.simulator.school;

import java.time.Clock;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code rate} requests per second with a burst of one second. The identity-sync route
 * must slow down when it sees the 429 and its Retry-After.
 */
final class RateLimiter {

    private final Clock clock;
    private volatile int rate;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(Clock clock, int rate) {
        this.clock = clock;
        this.rate = rate;
    }

    int rate() {
        return rate;
    }

    void changeRate(int requestsPerSecond) {
        if (requestsPerSecond < 1) {
            throw new IllegalArgumentException("requestsPerSecond must be at least 1");
        }
        rate = requestsPerSecond;
        buckets.clear();
    }

    /** Empty when the client may go on; otherwise the seconds to wait. */
    OptionalInt acquire(String clientId) {
        return buckets.computeIfAbsent(clientId, id -> new Bucket(rate, clock.millis()))
                .take(rate, clock.millis());
    }

    private static final class Bucket {

        private double tokens;
        private long updatedMillis;

        Bucket(int rate, long nowMillis) {
            this.tokens = rate;
            this.updatedMillis = nowMillis;
        }

        synchronized OptionalInt take(int rate, long nowMillis) {
            tokens = Math.min(rate, tokens + (nowMillis - updatedMillis) * rate / 1000.0);
            updatedMillis = nowMillis;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalInt.empty();
            }
            return OptionalInt.of((int) Math.max(1, Math.ceil((1 - tokens) / rate)));
        }
    }
}
