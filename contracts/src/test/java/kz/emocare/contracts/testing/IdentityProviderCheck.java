package kz.emocare.contracts.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import kz.emocare.contracts.gateway.EgovIdentityProvider;
import kz.emocare.contracts.simulator.http.Json;

/**
 * Checks the eGov identity provider's exchanges against OpenID Connect Core and Discovery 1.0: token requests are
 * form-encoded with a grant type; discovery, token and error answers carry the members the specifications require.
 */
final class IdentityProviderCheck implements ContractCheck {

    private static final List<String> DISCOVERY_MEMBERS = List.of(
            "issuer",
            "authorization_endpoint",
            "token_endpoint",
            "jwks_uri",
            "response_types_supported",
            "subject_types_supported",
            "id_token_signing_alg_values_supported");
    private static final List<String> TOKEN_MEMBERS = List.of("access_token", "token_type", "expires_in", "id_token");

    @Override
    public List<String> requestProblems(Exchange exchange) {
        if (!exchange.path().equals(EgovIdentityProvider.TOKEN_PATH)) {
            return List.of();
        }
        List<String> problems = new ArrayList<>();
        String contentType = exchange.requestHeader("Content-Type");
        if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded")) {
            problems.add("a token request must be application/x-www-form-urlencoded");
        }
        String body = exchange.requestBody() == null
                ? ""
                : new String(exchange.requestBody(), java.nio.charset.StandardCharsets.UTF_8);
        if (!body.contains("grant_type=")) {
            problems.add("a token request needs grant_type");
        }
        return problems;
    }

    @Override
    public List<String> responseProblems(Exchange exchange) {
        String path = exchange.path();
        boolean json = path.equals(EgovIdentityProvider.DISCOVERY_PATH)
                || path.equals(EgovIdentityProvider.TOKEN_PATH)
                || path.equals(EgovIdentityProvider.JWKS_PATH)
                || path.equals(EgovIdentityProvider.USERINFO_PATH);
        if (!json) {
            return List.of();
        }
        JsonNode body;
        try {
            body = Json.mapper().readTree(exchange.responseBody());
        } catch (IOException e) {
            return List.of("the answer is not JSON");
        }
        if (exchange.status() >= 400) {
            return body.hasNonNull("error") ? List.of() : List.of("an error answer needs 'error'");
        }
        if (path.equals(EgovIdentityProvider.DISCOVERY_PATH)) {
            return missing(body, DISCOVERY_MEMBERS);
        }
        if (path.equals(EgovIdentityProvider.TOKEN_PATH)) {
            return missing(body, TOKEN_MEMBERS);
        }
        if (path.equals(EgovIdentityProvider.JWKS_PATH)) {
            return body.path("keys").isArray() ? List.of() : List.of("a JWK set needs 'keys'");
        }
        return missing(body, List.of("sub"));
    }

    private static List<String> missing(JsonNode body, List<String> members) {
        return members.stream()
                .filter(member -> !body.hasNonNull(member))
                .map(member -> "missing '" + member + "'")
                .toList();
    }
}
