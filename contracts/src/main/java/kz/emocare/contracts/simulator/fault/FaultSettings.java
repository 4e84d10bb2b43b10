package kz.emocare.contracts.simulator.fault;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What goes wrong on one simulated system. Rates are fractions of requests (0 to 1) and are drawn one after the
 * other for each request, so their sum must not exceed 1.
 *
 * @param latencyMillis delay added to every answer
 * @param latencyJitterMillis up to this much more delay, drawn per request
 * @param serverErrorRate share of requests refused with the system's server error (HTTP 5xx or a SOAP fault)
 * @param connectionResetRate share of requests processed and then answered by a connection reset
 * @param malformedRate share of requests processed and answered with a syntactically broken body
 * @param truncatedRate share of requests processed and answered with only the first half of the body
 * @param rateLimitRate share of requests refused with 429 Too Many Requests
 * @param retryAfterSeconds the Retry-After of such 429 answers
 * @param seed seed of the draws, so a run with the same requests sees the same faults
 */
public record FaultSettings(
        long latencyMillis,
        long latencyJitterMillis,
        double serverErrorRate,
        double connectionResetRate,
        double malformedRate,
        double truncatedRate,
        double rateLimitRate,
        int retryAfterSeconds,
        long seed) {

    public static final FaultSettings NONE = new FaultSettings(0, 0, 0, 0, 0, 0, 0, 1, 42);

    public FaultSettings {
        requireNonNegative("latencyMillis", latencyMillis);
        requireNonNegative("latencyJitterMillis", latencyJitterMillis);
        requireRate("serverErrorRate", serverErrorRate);
        requireRate("connectionResetRate", connectionResetRate);
        requireRate("malformedRate", malformedRate);
        requireRate("truncatedRate", truncatedRate);
        requireRate("rateLimitRate", rateLimitRate);
        if (serverErrorRate + connectionResetRate + malformedRate + truncatedRate + rateLimitRate > 1.0 + 1e-9) {
            throw new IllegalArgumentException("the fault rates add up to more than 1");
        }
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("retryAfterSeconds must be at least 1");
        }
    }

    /**
     * Settings from {@code name=value} pairs, e.g. {@code serverErrorRate=0.3,connectionResetRate=0.1,seed=7};
     * names not given keep the value of {@code base}. The short names {@code latency}, {@code jitter}, {@code error},
     * {@code reset}, {@code malformed}, {@code truncated}, {@code rateLimit} and {@code retryAfter} are accepted too.
     */
    public static FaultSettings parse(String pairs, FaultSettings base) {
        Map<String, String> values = new LinkedHashMap<>();
        if (pairs != null && !pairs.isBlank()) {
            for (String pair : pairs.split(",")) {
                String[] nameAndValue = pair.trim().split("=", 2);
                if (nameAndValue.length != 2) {
                    throw new IllegalArgumentException("fault setting '" + pair + "' is not name=value");
                }
                values.put(nameAndValue[0].trim(), nameAndValue[1].trim());
            }
        }
        return fromMap(values, base);
    }

    /** Settings from a map of names to values (as the admin endpoint's JSON gives them). */
    public static FaultSettings fromMap(Map<String, ?> values, FaultSettings base) {
        FaultSettingsReader reader = new FaultSettingsReader(values);
        FaultSettings settings = new FaultSettings(
                reader.longValue(base.latencyMillis, "latencyMillis", "latency"),
                reader.longValue(base.latencyJitterMillis, "latencyJitterMillis", "jitter"),
                reader.rate(base.serverErrorRate, "serverErrorRate", "error"),
                reader.rate(base.connectionResetRate, "connectionResetRate", "reset"),
                reader.rate(base.malformedRate, "malformedRate", "malformed"),
                reader.rate(base.truncatedRate, "truncatedRate", "truncated"),
                reader.rate(base.rateLimitRate, "rateLimitRate", "rateLimit"),
                (int) reader.longValue(base.retryAfterSeconds, "retryAfterSeconds", "retryAfter"),
                reader.longValue(base.seed, "seed"));
        reader.requireAllUsed();
        return settings;
    }

    /** Whether anything at all is switched on. */
    public boolean active() {
        return !equals(new FaultSettings(0, 0, 0, 0, 0, 0, 0, retryAfterSeconds, seed));
    }

    private static void requireNonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }

    private static void requireRate(String name, double rate) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1");
        }
    }
}
