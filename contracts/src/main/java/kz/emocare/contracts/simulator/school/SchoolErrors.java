package kz.emocare.contracts.simulator.school;

import kz.emocare.contracts.school.SchoolApiError;
import kz.emocare.contracts.simulator.http.ProtocolErrors;
import kz.emocare.contracts.simulator.http.SimulatorResponse;

/** The school system's error body: {@code {"type": ..., "description": ...}}. */
final class SchoolErrors implements ProtocolErrors {

    @Override
    public SimulatorResponse error(int status, String code, String description) {
        String type = switch (code) {
            case "not_found" -> "resourceNotFound";
            case "rate_limited" -> "apiRequestLimit";
            case "server_error" -> "apiServerError";
            case "method_not_allowed" -> "methodNotAllowed";
            default -> code;
        };
        return SimulatorResponse.json(status, new SchoolApiError(type, description));
    }
}
