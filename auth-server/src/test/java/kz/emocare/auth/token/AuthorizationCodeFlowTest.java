package kz.emocare.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import java.net.URI;
import java.util.List;
import kz.emocare.auth.support.OidcTest;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.identity.TokenClaims;
import org.junit.jupiter.api.Test;

class AuthorizationCodeFlowTest extends OidcTest {

    @Test
    void psychologistSignsInWithPasswordAndTotpAndGetsTokensWithPersonClaims() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        Nonce nonce = new Nonce();
        URI request = hubWebRequest(verifier, nonce).build().toURI();

        URI redirect = authorize(browser(), request, "psychologist", DemoDirectory.DEMO_TOTP_SECRET);

        AuthorizationResponse response = parseResponse(redirect);
        assertThat(response.indicatesSuccess()).as(redirect.toString()).isTrue();
        assertThat(response.getIssuer()).isEqualTo(new Issuer(ISSUER));
        TokenResponse tokens = exchange(((AuthorizationSuccessResponse) response).getAuthorizationCode(), verifier);
        assertThat(tokens.indicatesSuccess()).as(tokens.toString()).isTrue();
        OIDCTokenResponse oidc = (OIDCTokenResponse) tokens;

        JWTClaimsSet access = SignedJWT.parse(
                        oidc.getOIDCTokens().getAccessToken().getValue())
                .getJWTClaimsSet();
        String personId = DemoDirectory.PSYCHOLOGIST.personId().toString();
        assertThat(access.getSubject()).isEqualTo(personId);
        assertThat(access.getStringClaim(TokenClaims.PERSON_ID)).isEqualTo(personId);
        assertThat(access.getStringListClaim(TokenClaims.ROLES)).containsExactly("PSYCHOLOGIST");
        assertThat(access.getAudience()).containsExactly(TokenClaims.HUB_AUDIENCE);
        assertThat(access.getIssuer()).isEqualTo(ISSUER);

        JWTClaimsSet id = oidc.getOIDCTokens().getIDToken().getJWTClaimsSet();
        assertThat(id.getStringClaim("nonce")).isEqualTo(nonce.getValue());
        assertThat(id.getStringListClaim("amr")).containsExactlyInAnyOrder("pwd", "otp", "mfa");
        assertThat(id.getClaim("auth_time")).isNotNull();
        assertThat(id.getAudience()).isEqualTo(List.of(HUB_WEB));
    }

    @Test
    void tokensAreStoredOnlyAsHashes() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        URI redirect = authorize(
                browser(), hubWebRequest(verifier, new Nonce()).build().toURI(), "volunteer", null);
        AuthorizationSuccessResponse response = (AuthorizationSuccessResponse) parseResponse(redirect);
        OIDCTokenResponse tokens = (OIDCTokenResponse) exchange(response.getAuthorizationCode(), verifier);

        String accessToken = tokens.getOIDCTokens().getAccessToken().getValue();
        String refreshToken = tokens.getOIDCTokens().getRefreshToken().getValue();
        List<String> stored = jdbc.queryForList(
                "SELECT CONCAT(COALESCE(authorization_code_value, ''), '|', COALESCE(access_token_value, ''), '|',"
                        + " COALESCE(refresh_token_value, ''), '|', COALESCE(oidc_id_token_value, ''))"
                        + " FROM oauth2_authorization WHERE access_token_value = ?",
                String.class,
                TokenHashes.hash(accessToken));
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0))
                .doesNotContain(
                        accessToken,
                        refreshToken,
                        response.getAuthorizationCode().getValue())
                .contains(TokenHashes.hash(refreshToken));
        assertThat(stored.get(0).split("\\|")).allMatch(value -> value.startsWith("sha256:"));
    }
}
