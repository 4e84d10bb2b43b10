package kz.emocare.contracts.simulator.http;

/** One operation of a simulated system. */
@FunctionalInterface
public interface Endpoint {

    /**
     * Answers a request.
     *
     * @throws BadRequestException for input the system refuses
     */
    SimulatorResponse handle(SimulatorRequest request);
}
