package kz.emocare.contracts.simulator.idp;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import kz.emocare.contracts.simulator.http.SimulatorRequest;

/** client_secret_basic or client_secret_post (RFC 6749 §2.3.1). */
final class ClientAuthentication {

    private ClientAuthentication() {}

    static Optional<String> authenticate(
            SimulatorRequest request, Map<String, String> form, Map<String, String> clients) {
        Optional<String[]> basic = request.header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Basic ", 0, 6))
                .flatMap(value -> decode(value.substring(6).trim()));
        String clientId = basic.map(pair -> pair[0]).orElse(form.get("client_id"));
        String secret = basic.map(pair -> pair[1]).orElse(form.get("client_secret"));
        boolean genuine = clientId != null && secret != null && secret.equals(clients.get(clientId));
        return genuine ? Optional.of(clientId) : Optional.empty();
    }

    private static Optional<String[]> decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0
                    ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
