package kz.emocare.auth.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.Prompt;
import java.net.URI;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import kz.emocare.auth.support.Browser;
import kz.emocare.auth.support.DemoKeys;
import kz.emocare.auth.support.OidcTest;
import kz.emocare.contracts.identity.TokenClaims;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Signing keys rotate without invalidating issued tokens, and a resource server set up like the hub (issuer, JWKS,
 * audience {@value TokenClaims#HUB_AUDIENCE}) refuses tokens for another audience, tampered and expired tokens.
 */
class KeyRotationAndResourceServerTest extends OidcTest {

    @Autowired
    private SigningKeys signingKeys;

    @Test
    void rotationKeepsEarlierTokensValidAndSignsNewOnesWithTheNewKey() throws Exception {
        NimbusJwtDecoder hub = hubDecoder(Clock.systemUTC());
        String before = machineToken("hub.api");

        signingKeys.rotate();
        String after = machineToken("hub.api");

        assertThat(SignedJWT.parse(after).getHeader().getKeyID())
                .isNotEqualTo(SignedJWT.parse(before).getHeader().getKeyID())
                .isEqualTo(signingKeys.currentKeyId());
        assertThat(hub.decode(before).getSubject()).isEqualTo("demo-machine");
        assertThat(hub.decode(after).getSubject()).isEqualTo("demo-machine");
        assertThat(browser().get("/oauth2/jwks").body())
                .contains(SignedJWT.parse(before).getHeader().getKeyID());
    }

    @Test
    void hubRefusesATokenForAnotherAudience() {
        String fhirToken = governmentFhirToken();

        assertThatThrownBy(() -> hubDecoder(Clock.systemUTC()).decode(fhirToken))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("aud");
    }

    @Test
    void hubRefusesATamperedToken() {
        String token = machineToken("hub.api");
        String[] parts = token.split("\\.");
        String payload =
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"demo-machine\"", "\"administrator\"");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];

        assertThatThrownBy(() -> hubDecoder(Clock.systemUTC()).decode(tampered)).isInstanceOf(JwtException.class);
    }

    @Test
    void hubRefusesAnExpiredToken() {
        String token = machineToken("hub.api");
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofMinutes(10)), ZoneOffset.UTC);

        assertThatThrownBy(() -> hubDecoder(later).decode(token))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void rpInitiatedLogoutEndsTheSessionAndReturnsToTheRegisteredAddress() throws Exception {
        CodeVerifier verifier = new CodeVerifier();
        Browser browser = browser();
        URI redirect =
                authorize(browser, hubWebRequest(verifier, new Nonce()).build().toURI(), "volunteer", null);
        OIDCTokenResponse tokens = (OIDCTokenResponse)
                exchange(((AuthorizationSuccessResponse) parseResponse(redirect)).getAuthorizationCode(), verifier);

        URI logout = new LogoutRequest(
                        URI.create(ISSUER + "/connect/logout"),
                        tokens.getOIDCTokens().getIDToken(),
                        URI.create("http://localhost:8080/"),
                        new State("after-logout"))
                .toURI();
        Browser.Page page = browser.get(logout.toString());

        assertThat(page.location()).isEqualTo("http://localhost:8080/?state=after-logout");
        Browser.Page silent = browser.get(hubWebRequest(new CodeVerifier(), new Nonce())
                .prompt(new Prompt(Prompt.Type.NONE))
                .build()
                .toURI()
                .toString());
        assertThat(silent.location()).contains("error=login_required");
    }

    private static NimbusJwtDecoder hubDecoder(Clock clock) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withJwkSetUri(ISSUER + "/oauth2/jwks").build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(
                timestamps,
                new JwtIssuerValidator(ISSUER),
                new JwtClaimValidator<List<String>>(
                        "aud", audience -> audience != null && audience.contains(TokenClaims.HUB_AUDIENCE))));
        return decoder;
    }

    private static String machineToken(String scope) {
        TokenResponse response = token(new TokenRequest(
                TOKEN,
                new ClientSecretBasic(new ClientID("demo-machine"), new Secret("demo-machine-secret")),
                new ClientCredentialsGrant(),
                new Scope(scope)));
        assertThat(response.indicatesSuccess()).as(response.toString()).isTrue();
        return response.toSuccessResponse().getTokens().getAccessToken().getValue();
    }

    /** A government client's token for the FHIR face (audience: the FHIR base). */
    private String governmentFhirToken() {
        Instant now = clock.instant();
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer("demo-government")
                    .subject("demo-government")
                    .audience(TOKEN.toString())
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(60)))
                    .jwtID(UUID.randomUUID().toString())
                    .build();
            SignedJWT assertion = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.ES384)
                            .keyID("demo-government-es384")
                            .build(),
                    claims);
            assertion.sign(new ECDSASigner((ECPrivateKey) DemoKeys.ecPrivateKey()));
            TokenResponse response = token(new TokenRequest(
                    TOKEN, new PrivateKeyJWT(assertion), new ClientCredentialsGrant(), new Scope("system/*.rs")));
            return response.toSuccessResponse().getTokens().getAccessToken().getValue();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
