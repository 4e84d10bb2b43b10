package kz.emocare.contracts.simulator;

import kz.emocare.contracts.simulator.http.ProtocolErrors;
import kz.emocare.contracts.simulator.http.Router;
import kz.emocare.contracts.simulator.http.SimulatorResponse;

/** One simulated external system: its operations, its test-control operations and its error format. */
public interface SimulatedSystem {

    /** A short name for logs, e.g. "school-system". */
    String name();

    /** The operations of the system's contract; faults are injected into these. */
    Router routes();

    /** Operations that steer the simulator in tests and demos (never faulted), under {@code /__}. */
    default Router controlRoutes() {
        return new Router();
    }

    ProtocolErrors errors();

    /** The answer to a request refused by rate limiting. */
    default SimulatorResponse rateLimited(int retryAfterSeconds) {
        return errors().error(429, "rate_limited", "too many requests; retry after " + retryAfterSeconds + " s")
                .withHeader("Retry-After", Integer.toString(retryAfterSeconds));
    }
}
