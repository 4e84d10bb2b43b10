package kz.emocare.auth.smart;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.emocare.auth.config.AuthServerProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SMART configuration as Emocare ID sees it, served at {@code /.well-known/smart-configuration}; the FHIR face
 * serves the same document under its base URL.
 */
@RestController
class SmartConfigurationController {

    static final List<String> SCOPES = List.of(
            "openid",
            "fhirUser",
            "launch",
            "launch/patient",
            "offline_access",
            "patient/*.rs",
            "user/*.rs",
            "system/*.rs");

    private final AuthServerProperties properties;

    SmartConfigurationController(AuthServerProperties properties) {
        this.properties = properties;
    }

    @GetMapping(path = "/.well-known/smart-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> smartConfiguration() {
        String issuer = properties.issuer().toString();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("jwks_uri", issuer + "/oauth2/jwks");
        document.put("authorization_endpoint", issuer + "/oauth2/authorize");
        document.put("token_endpoint", issuer + "/oauth2/token");
        document.put("introspection_endpoint", issuer + "/oauth2/introspect");
        document.put("revocation_endpoint", issuer + "/oauth2/revoke");
        document.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        document.put("token_endpoint_auth_methods_supported", List.of("private_key_jwt", "client_secret_basic"));
        document.put("token_endpoint_auth_signing_alg_values_supported", List.of("RS384", "ES384"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("scopes_supported", SCOPES);
        document.put("response_types_supported", List.of("code"));
        document.put(
                "capabilities",
                List.of(
                        "launch-ehr",
                        "launch-standalone",
                        "client-public",
                        "client-confidential-symmetric",
                        "client-confidential-asymmetric",
                        "context-ehr-patient",
                        "context-standalone-patient",
                        "sso-openid-connect",
                        "permission-patient",
                        "permission-user",
                        "permission-v2",
                        "permission-offline"));
        return document;
    }
}
