package kz.emocare.contracts.simulator.fault;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import kz.emocare.contracts.simulator.population.Seeds;

/**
 * Draws a fault for each request of one simulated system. The n-th request after the settings were set always gets
 * the same draw, so a test with a seed sees the same faults every run.
 */
public final class FaultInjector {

    private final AtomicReference<FaultSettings> settings;
    private final AtomicLong requestNumber = new AtomicLong();

    public FaultInjector(FaultSettings initial) {
        this.settings = new AtomicReference<>(initial);
    }

    public FaultSettings settings() {
        return settings.get();
    }

    /** Replaces the settings and restarts the sequence of draws. */
    public void update(FaultSettings replacement) {
        settings.set(replacement);
        requestNumber.set(0);
    }

    /** The fault for the next request. */
    public FaultDecision next() {
        FaultSettings current = settings.get();
        if (!current.active()) {
            return FaultDecision.NONE;
        }
        long number = requestNumber.getAndIncrement();
        double draw = Seeds.unit(current.seed(), number, 1);
        long delay = current.latencyMillis()
                + (long) (Seeds.unit(current.seed(), number, 2) * current.latencyJitterMillis());
        return new FaultDecision(kind(current, draw), delay);
    }

    private static FaultKind kind(FaultSettings current, double draw) {
        double threshold = current.serverErrorRate();
        if (draw < threshold) {
            return FaultKind.SERVER_ERROR;
        }
        threshold += current.rateLimitRate();
        if (draw < threshold) {
            return FaultKind.RATE_LIMITED;
        }
        threshold += current.connectionResetRate();
        if (draw < threshold) {
            return FaultKind.CONNECTION_RESET;
        }
        threshold += current.malformedRate();
        if (draw < threshold) {
            return FaultKind.MALFORMED_BODY;
        }
        threshold += current.truncatedRate();
        return draw < threshold ? FaultKind.TRUNCATED_BODY : FaultKind.NONE;
    }
}
