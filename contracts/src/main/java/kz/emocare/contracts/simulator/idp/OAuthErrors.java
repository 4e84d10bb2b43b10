package kz.emocare.contracts.simulator.idp;

import java.util.LinkedHashMap;
import java.util.Map;
import kz.emocare.contracts.simulator.http.ProtocolErrors;
import kz.emocare.contracts.simulator.http.SimulatorResponse;

/** RFC 6749 §5.2 error bodies: {@code {"error": ..., "error_description": ...}}. */
final class OAuthErrors implements ProtocolErrors {

    @Override
    public SimulatorResponse error(int status, String code, String description) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", status >= 500 ? "server_error" : status == 429 ? "temporarily_unavailable" : code);
        body.put("error_description", description);
        return SimulatorResponse.json(status, body);
    }
}
