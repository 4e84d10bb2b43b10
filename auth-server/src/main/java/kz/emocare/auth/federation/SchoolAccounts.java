package kz.emocare.auth.federation;

import java.net.URI;
import java.util.Map;
import kz.emocare.auth.config.AuthServerProperties;
import kz.emocare.contracts.identity.IdentityProvider;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The school system as an identity provider: plain OAuth2 (no ID token), so the account is identified by the profile
 * ({@code GET users/me} with the token in an {@code Access-Token} header) and its stable {@code id_str}.
 */
@Component
class SchoolAccounts {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
            new ParameterizedTypeReference<>() {};

    private final RestClient rest;
    private final AuthServerProperties.School settings;

    SchoolAccounts(RestClient.Builder builder, AuthServerProperties properties) {
        this.rest = ProviderHttp.client(builder);
        this.settings = properties.school();
    }

    URI authorizationRedirect(String state, String redirectUri) {
        return UriComponentsBuilder.fromUri(settings.authorizationUri())
                .queryParam("response_type", "code")
                .queryParam("client_id", settings.clientId())
                .queryParam("redirect_uri", redirectUri)
                .queryParam("scope", settings.scope())
                .queryParam("state", state)
                .encode()
                .build()
                .toUri();
    }

    ExternalIdentity identify(String code, String redirectUri) {
        String accessToken = text(exchange(code, redirectUri), "access_token", 4096);
        Map<String, Object> profile = profile(accessToken);
        String subject = text(profile, "id_str", 128);
        String name = optionalText(profile, "name");
        if (name == null) {
            String first = optionalText(profile, "firstName");
            String last = optionalText(profile, "lastName");
            name = first == null && last == null
                    ? null
                    : ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
        }
        return new ExternalIdentity(IdentityProvider.SCHOOL, subject, name, optionalText(profile, "email"), null);
    }

    private Map<String, Object> exchange(String code, String redirectUri) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("redirect_uri", redirectUri);
        form.add("client_id", settings.clientId());
        form.add("client_secret", settings.clientSecret());
        try {
            return rest.post()
                    .uri(settings.tokenUri())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .retrieve()
                    .body(JSON_OBJECT);
        } catch (RestClientException e) {
            throw unavailable("The school system's token endpoint failed", e);
        }
    }

    private Map<String, Object> profile(String accessToken) {
        try {
            return rest.get()
                    .uri(settings.profileUri())
                    .header("Access-Token", accessToken)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(JSON_OBJECT);
        } catch (RestClientException e) {
            throw unavailable("The school system's profile endpoint failed", e);
        }
    }

    private static String text(Map<String, Object> json, String name, int maxLength) {
        String value = optionalText(json, name);
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw new ExternalProviderException(
                    IdentityProvider.SCHOOL,
                    ExternalProviderException.Reason.MALFORMED,
                    "The school system's answer lacks a usable " + name);
        }
        return value;
    }

    private static String optionalText(Map<String, Object> json, String name) {
        Object value = json == null ? null : json.get(name);
        return value instanceof String || value instanceof Number ? value.toString() : null;
    }

    private static ExternalProviderException unavailable(String message, RestClientException cause) {
        return new ExternalProviderException(
                IdentityProvider.SCHOOL, ExternalProviderException.Reason.UNAVAILABLE, message, cause);
    }
}
