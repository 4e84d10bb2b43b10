package kz.emocare.auth.federation;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Map;
import java.util.Set;
import kz.emocare.auth.config.AuthServerProperties;
import kz.emocare.contracts.identity.IdentityProvider;
import kz.emocare.contracts.iin.Iin;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * eGov as an OpenID Connect provider: endpoints from its discovery document, authorization code with PKCE S256 and a
 * nonce, client_secret_basic at the token endpoint, and an ID token verified against its JWKS (issuer, audience,
 * nonce, expiry). The {@code iin} claim must be a valid IIN; it is passed to the hub as verified.
 */
@Component
class EgovAccounts {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {};
    private static final Set<JWSAlgorithm> ALGORITHMS =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.PS256);

    private final RestClient rest;
    private final AuthServerProperties.Egov settings;
    private volatile Provider provider;

    EgovAccounts(RestClient.Builder builder, AuthServerProperties properties) {
        this.rest = ProviderHttp.client(builder);
        this.settings = properties.egov();
    }

    URI authorizationRedirect(String state, String nonce, String codeChallenge, String redirectUri) {
        return UriComponentsBuilder.fromUriString(provider().authorizationEndpoint())
                .queryParam("response_type", "code")
                .queryParam("client_id", settings.clientId())
                .queryParam("redirect_uri", redirectUri)
                .queryParam("scope", settings.scope())
                .queryParam("state", state)
                .queryParam("nonce", nonce)
                .queryParam("code_challenge", codeChallenge)
                .queryParam("code_challenge_method", "S256")
                .encode()
                .build()
                .toUri();
    }

    ExternalIdentity identify(String code, String codeVerifier, String nonce, String redirectUri) {
        Provider current = provider();
        Object idToken = exchange(current, code, codeVerifier, redirectUri).get("id_token");
        if (!(idToken instanceof String token)) {
            throw malformed("The eGov token response has no id_token", null);
        }
        JWTClaimsSet claims = verify(current, token, nonce);
        String iin = stringClaim(claims, "iin");
        if (iin == null || !Iin.isValid(iin)) {
            throw malformed("The eGov ID token carries no valid IIN", null);
        }
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank() || subject.length() > 128) {
            throw malformed("The eGov ID token has no usable subject", null);
        }
        return new ExternalIdentity(
                IdentityProvider.EGOV, subject, stringClaim(claims, "name"), stringClaim(claims, "email"), iin);
    }

    private Map<String, Object> exchange(Provider current, String code, String codeVerifier, String redirectUri) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", redirectUri);
        form.add("code_verifier", codeVerifier);
        try {
            return rest.post()
                    .uri(current.tokenEndpoint())
                    .headers(headers -> headers.setBasicAuth(settings.clientId(), settings.clientSecret()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .retrieve()
                    .body(JSON_OBJECT);
        } catch (RestClientException e) {
            throw unavailable("The eGov token endpoint failed", e);
        }
    }

    private JWTClaimsSet verify(Provider current, String idToken, String nonce) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, current.keys()));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                settings.clientId(),
                new JWTClaimsSet.Builder()
                        .issuer(current.issuer())
                        .claim("nonce", nonce)
                        .build(),
                Set.of("sub", "exp", "iat")));
        try {
            return processor.process(idToken, null);
        } catch (KeySourceException e) {
            throw unavailable("The eGov signing keys could not be fetched", e);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw malformed("The eGov ID token did not verify", e);
        }
    }

    private Provider provider() {
        Provider current = provider;
        if (current == null) {
            current = discover();
            provider = current;
        }
        return current;
    }

    private Provider discover() {
        String issuer = settings.issuer().toString();
        Map<String, Object> document;
        try {
            document = rest.get()
                    .uri(issuer + "/.well-known/openid-configuration")
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(JSON_OBJECT);
        } catch (RestClientException e) {
            throw unavailable("The eGov discovery document could not be fetched", e);
        }
        if (document == null || !issuer.equals(document.get("issuer"))) {
            throw malformed("The eGov discovery document names another issuer", null);
        }
        try {
            JWKSource<SecurityContext> keys = JWKSourceBuilder.create(
                            URI.create(required(document, "jwks_uri")).toURL())
                    .retrying(true)
                    .build();
            return new Provider(
                    issuer, required(document, "authorization_endpoint"), required(document, "token_endpoint"), keys);
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw malformed("The eGov discovery document has an invalid jwks_uri", e);
        }
    }

    private static String required(Map<String, Object> document, String name) {
        if (!(document.get(name) instanceof String value) || value.isBlank()) {
            throw malformed("The eGov discovery document lacks " + name, null);
        }
        return value;
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        try {
            return claims.getStringClaim(name);
        } catch (ParseException e) {
            throw malformed("The eGov claim " + name + " is not text", e);
        }
    }

    private static ExternalProviderException unavailable(String message, Exception cause) {
        return new ExternalProviderException(
                IdentityProvider.EGOV, ExternalProviderException.Reason.UNAVAILABLE, message, cause);
    }

    private static ExternalProviderException malformed(String message, Exception cause) {
        return new ExternalProviderException(
                IdentityProvider.EGOV, ExternalProviderException.Reason.MALFORMED, message, cause);
    }

    private record Provider(
            String issuer, String authorizationEndpoint, String tokenEndpoint, JWKSource<SecurityContext> keys) {}
}
