package kz.emocare.auth.token;

import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import kz.emocare.auth.config.AuthServerProperties;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;

/**
 * Checks the audience an authorization request asks for, after the redirect URI was validated: SMART's {@code aud}
 * must be the FHIR base ({@code invalid_request} otherwise), RFC 8707's {@code resource} the FHIR base or the hub
 * ({@code invalid_target} otherwise). A token is never bound to an audience Emocare does not serve.
 */
public class AudienceValidator implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    private final String fhirBase;
    private final Set<String> resources;

    public AudienceValidator(AuthServerProperties properties) {
        this.fhirBase = properties.fhirBase().toString();
        this.resources = Set.of(fhirBase, properties.hub().baseUrl().toString());
    }

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        Map<String, Object> parameters = request.getAdditionalParameters();
        Object audience = parameters.get("aud");
        if (audience != null && !fhirBase.equals(audience)) {
            throw error(request, OAuth2ErrorCodes.INVALID_REQUEST, "aud must be the FHIR base URL " + fhirBase);
        }
        Object resource = parameters.get("resource");
        if (resource != null && !resources.contains(resource)) {
            throw error(request, "invalid_target", "resource is not served by Emocare");
        }
    }

    private static OAuth2AuthorizationCodeRequestAuthenticationException error(
            OAuth2AuthorizationCodeRequestAuthenticationToken request, String code, String description) {
        return new OAuth2AuthorizationCodeRequestAuthenticationException(
                new OAuth2Error(code, description, null), request);
    }
}
