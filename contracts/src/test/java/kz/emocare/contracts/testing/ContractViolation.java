package kz.emocare.contracts.testing;

import kz.emocare.contracts.simulator.SimulatorOptions.SystemPort;

/**
 * A request or answer that breaks a contract.
 *
 * @param direction {@code REQUEST} (the client's fault) or {@code RESPONSE} (the simulator's)
 */
public record ContractViolation(SystemPort system, String method, String path, String direction, String message) {

    @Override
    public String toString() {
        return system + " " + direction + " " + method + " " + path + ": " + message;
    }
}
