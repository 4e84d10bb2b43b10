package kz.emocare.contracts.simulator.idp;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.emocare.contracts.gateway.EgovIdentityProvider;
import kz.emocare.contracts.simulator.http.LocalRedirects;
import kz.emocare.contracts.simulator.http.PersonChoicePage;
import kz.emocare.contracts.simulator.http.SimulatorResponse;

/**
 * Checks an OpenID Connect authorization request (OIDC Core §3.1.2.2) in the order the specification implies: errors
 * about the client or the redirect URI are shown, never redirected; the others are redirected with {@code error}.
 */
final class AuthorizationRequestCheck {

    static final List<String> PARAMETERS = List.of(
            "response_type",
            "client_id",
            "redirect_uri",
            "scope",
            "state",
            "nonce",
            "code_challenge",
            "code_challenge_method");

    private final Map<String, String> clients;

    AuthorizationRequestCheck(Map<String, String> clients) {
        this.clients = clients;
    }

    Optional<SimulatorResponse> refusal(Map<String, String> parameters) {
        String redirectUri = parameters.get("redirect_uri");
        if (parameters.get("client_id") == null || !clients.containsKey(parameters.get("client_id"))) {
            return Optional.of(page("Unknown application", "The client_id is unknown."));
        }
        if (!LocalRedirects.acceptable(redirectUri)) {
            return Optional.of(
                    page("Unusable redirect address", "The redirect_uri must be an address on this machine."));
        }
        if (!"code".equals(parameters.get("response_type"))) {
            return Optional.of(redirectError(redirectUri, "unsupported_response_type", "only code", parameters));
        }
        String scope = parameters.get("scope");
        if (scope == null || !Arrays.asList(scope.split(" ")).contains("openid")) {
            return Optional.of(redirectError(redirectUri, "invalid_scope", "the openid scope is required", parameters));
        }
        if (!EgovIdentityProvider.SCOPES.containsAll(Arrays.asList(scope.split(" ")))) {
            return Optional.of(redirectError(redirectUri, "invalid_scope", "unknown scope requested", parameters));
        }
        if (parameters.get("code_challenge") != null && !"S256".equals(parameters.get("code_challenge_method"))) {
            return Optional.of(
                    redirectError(redirectUri, "invalid_request", "code_challenge_method must be S256", parameters));
        }
        return Optional.empty();
    }

    static SimulatorResponse redirectError(
            String redirectUri, String error, String description, Map<String, String> parameters) {
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put("error", error);
        answer.put("error_description", description);
        answer.put("state", parameters.get("state"));
        return SimulatorResponse.redirect(LocalRedirects.withParameters(redirectUri, answer));
    }

    private static SimulatorResponse page(String title, String description) {
        return SimulatorResponse.withText(400, SimulatorResponse.HTML, PersonChoicePage.error(title, description));
    }
}
