package kz.emocare.auth.token;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Authorization responses that carry {@code iss} (RFC 9207), on success and on error, so a client talking to several
 * providers can tell which one answered (mix-up attacks). Errors without a validated redirect URI are shown to the
 * user instead of being sent anywhere.
 */
public final class IssuerAwareAuthorizationResponses
        implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final String issuer;

    public IssuerAwareAuthorizationResponses(String issuer) {
        this.issuer = issuer;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OAuth2AuthorizationCodeRequestAuthenticationToken result =
                (OAuth2AuthorizationCodeRequestAuthenticationToken) authentication;
        UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(result.getRedirectUri())
                .queryParam("code", result.getAuthorizationCode().getTokenValue());
        addStateAndIssuer(uri, result.getState());
        response.sendRedirect(uri.build(true).toUriString());
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        OAuth2AuthorizationCodeRequestAuthenticationException failure =
                (OAuth2AuthorizationCodeRequestAuthenticationException) exception;
        OAuth2Error error = failure.getError();
        OAuth2AuthorizationCodeRequestAuthenticationToken rejected =
                failure.getAuthorizationCodeRequestAuthentication();
        if (rejected == null || !StringUtils.hasText(rejected.getRedirectUri())) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), error.toString());
            return;
        }
        UriComponentsBuilder uri =
                UriComponentsBuilder.fromUriString(rejected.getRedirectUri()).queryParam("error", error.getErrorCode());
        if (StringUtils.hasText(error.getDescription())) {
            uri.queryParam("error_description", encode(error.getDescription()));
        }
        if (StringUtils.hasText(error.getUri())) {
            uri.queryParam("error_uri", encode(error.getUri()));
        }
        addStateAndIssuer(uri, rejected.getState());
        response.sendRedirect(uri.build(true).toUriString());
    }

    private void addStateAndIssuer(UriComponentsBuilder uri, String state) {
        if (StringUtils.hasText(state)) {
            uri.queryParam("state", encode(state));
        }
        uri.queryParam("iss", encode(issuer));
    }

    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
