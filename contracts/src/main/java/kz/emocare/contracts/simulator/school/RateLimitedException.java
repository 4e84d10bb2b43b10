package kz.emocare.contracts.simulator.school;

import kz.emocare.contracts.simulator.http.BadRequestException;

/** A request over the client's rate limit; answered 429 with Retry-After. */
final class RateLimitedException extends BadRequestException {

    private final int retryAfterSeconds;

    RateLimitedException(int retryAfterSeconds) {
        super(
                429,
                "apiRequestLimit",
                "the client's rate limit is exceeded; retry after " + retryAfterSeconds + " s",
                java.util.Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
