package kz.emocare.auth.token;

import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import kz.emocare.contracts.identity.TokenClaims;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;

/**
 * Adds the SMART launch context to the token response: {@code patient} next to the access token that carries it (the
 * token was signed a moment ago by this server, so its claims are read without verifying again).
 */
public final class PatientTokenResponse implements Consumer<OAuth2AccessTokenAuthenticationContext> {

    @Override
    public void accept(OAuth2AccessTokenAuthenticationContext context) {
        OAuth2AccessTokenAuthenticationToken issued = context.getAuthentication();
        String patient = patientOf(issued.getAccessToken().getTokenValue());
        if (patient != null) {
            Map<String, Object> parameters = new HashMap<>(issued.getAdditionalParameters());
            parameters.put(TokenClaims.PATIENT, patient);
            context.getAccessTokenResponse().additionalParameters(parameters);
        }
    }

    private static String patientOf(String accessToken) {
        try {
            return SignedJWT.parse(accessToken).getJWTClaimsSet().getStringClaim(TokenClaims.PATIENT);
        } catch (ParseException e) {
            return null;
        }
    }
}
