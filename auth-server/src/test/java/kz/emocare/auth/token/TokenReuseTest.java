package kz.emocare.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenIntrospectionResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Token;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import java.net.URI;
import kz.emocare.auth.support.OidcTest;
import org.junit.jupiter.api.Test;

/** Codes and refresh tokens used twice, wrong verifiers, introspection and revocation. */
class TokenReuseTest extends OidcTest {

    private static final URI INTROSPECT = URI.create(ISSUER + "/oauth2/introspect");
    private static final URI REVOKE = URI.create(ISSUER + "/oauth2/revoke");

    @Test
    void reusedAuthorizationCodeIsRefusedAndRevokesWhatItIssued() {
        CodeVerifier verifier = new CodeVerifier();
        AuthorizationSuccessResponse response = signIn(verifier);
        OIDCTokens first = ((OIDCTokenResponse) exchange(response.getAuthorizationCode(), verifier)).getOIDCTokens();

        TokenResponse second = exchange(response.getAuthorizationCode(), verifier);

        assertThat(errorCode(second)).isEqualTo("invalid_grant");
        assertThat(active(first.getAccessToken())).isFalse();
        assertThat(errorCode(refresh(first.getRefreshToken()))).isEqualTo("invalid_grant");
    }

    @Test
    void wrongCodeVerifierIsRefusedWithInvalidGrant() {
        AuthorizationSuccessResponse response = signIn(new CodeVerifier());

        assertThat(errorCode(exchange(response.getAuthorizationCode(), new CodeVerifier())))
                .isEqualTo("invalid_grant");
    }

    @Test
    void refreshTokenRotatesAndItsReuseRevokesTheWholeFamily() {
        OIDCTokens tokens = tokens();
        TokenResponse rotated = refresh(tokens.getRefreshToken());
        assertThat(rotated.indicatesSuccess()).isTrue();
        RefreshToken next = rotated.toSuccessResponse().getTokens().getRefreshToken();
        assertThat(next).isNotEqualTo(tokens.getRefreshToken());

        TokenResponse reused = refresh(tokens.getRefreshToken());

        assertThat(errorCode(reused)).isEqualTo("invalid_grant");
        assertThat(errorCode(refresh(next))).isEqualTo("invalid_grant");
        assertThat(active(rotated.toSuccessResponse().getTokens().getAccessToken()))
                .isFalse();
    }

    @Test
    void introspectionDescribesAnActiveTokenWithItsClaims() {
        OIDCTokens tokens = tokens();

        TokenIntrospectionResponse response = introspect(tokens.getAccessToken());

        assertThat(response.indicatesSuccess()).isTrue();
        assertThat(response.toSuccessResponse().isActive()).isTrue();
        assertThat(response.toSuccessResponse().getSubject().getValue())
                .isEqualTo(kz.emocare.contracts.demo.DemoDirectory.VOLUNTEER
                        .personId()
                        .toString());
    }

    @Test
    void revokedRefreshTokenIsInactiveAndCannotRefresh() throws Exception {
        OIDCTokens tokens = tokens();

        HTTPResponse revocation = new TokenRevocationRequest(REVOKE, hubWebClient(), tokens.getRefreshToken())
                .toHTTPRequest()
                .send();

        assertThat(revocation.getStatusCode()).isEqualTo(200);
        assertThat(active(tokens.getRefreshToken())).isFalse();
        assertThat(active(tokens.getAccessToken())).isFalse();
        assertThat(errorCode(refresh(tokens.getRefreshToken()))).isEqualTo("invalid_grant");
    }

    private AuthorizationSuccessResponse signIn(CodeVerifier verifier) {
        URI redirect = authorize(
                browser(), hubWebRequest(verifier, new Nonce()).build().toURI(), "volunteer", null);
        return (AuthorizationSuccessResponse) parseResponse(redirect);
    }

    private OIDCTokens tokens() {
        CodeVerifier verifier = new CodeVerifier();
        return ((OIDCTokenResponse) exchange(signIn(verifier).getAuthorizationCode(), verifier)).getOIDCTokens();
    }

    private static TokenResponse refresh(RefreshToken token) {
        return token(hubWebClient(), new RefreshTokenGrant(token));
    }

    private static boolean active(Token token) {
        return introspect(token).toSuccessResponse().isActive();
    }

    private static TokenIntrospectionResponse introspect(Token token) {
        try {
            return TokenIntrospectionResponse.parse(new TokenIntrospectionRequest(INTROSPECT, hubWebClient(), token)
                    .toHTTPRequest()
                    .send());
        } catch (Exception e) {
            throw new AssertionError("Introspection failed", e);
        }
    }

    private static String errorCode(TokenResponse response) {
        assertThat(response).isInstanceOf(TokenErrorResponse.class);
        return ((TokenErrorResponse) response).getErrorObject().getCode();
    }
}
