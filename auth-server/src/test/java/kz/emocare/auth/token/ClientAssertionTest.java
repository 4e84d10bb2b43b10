package kz.emocare.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import kz.emocare.auth.support.DemoKeys;
import kz.emocare.auth.support.OidcTest;
import kz.emocare.contracts.identity.TokenClaims;
import org.junit.jupiter.api.Test;

/** Machine clients with private_key_jwt (RFC 7523, SMART Backend Services): what is accepted and what is refused. */
class ClientAssertionTest extends OidcTest {

    private static final String GOVERNMENT = "demo-government";

    @Test
    void es384AssertionGetsAShortFhirTokenForSystemScopes() throws Exception {
        TokenResponse response = tokenWith(assertion(JWSAlgorithm.ES384, claims().build()), "system/*.rs");

        assertThat(response.indicatesSuccess()).as(response.toString()).isTrue();
        AccessToken token = response.toSuccessResponse().getTokens().getAccessToken();
        assertThat(token.getLifetime()).isLessThanOrEqualTo(300);
        JWTClaimsSet claims = SignedJWT.parse(token.getValue()).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(GOVERNMENT);
        assertThat(claims.getAudience()).containsExactly(FHIR_BASE);
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isLessThanOrEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void rs384AssertionGetsAHubToken() throws Exception {
        TokenResponse response = tokenWith(assertion(JWSAlgorithm.RS384, claims().build()), "hub.reports");

        assertThat(response.indicatesSuccess()).as(response.toString()).isTrue();
        JWTClaimsSet claims = SignedJWT.parse(response.toSuccessResponse()
                        .getTokens()
                        .getAccessToken()
                        .getValue())
                .getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly(TokenClaims.HUB_AUDIENCE);
    }

    @Test
    void replayedAssertionIsRefusedWithInvalidClient() {
        SignedJWT assertion = assertion(JWSAlgorithm.ES384, claims().build());
        assertThat(tokenWith(assertion, "system/*.rs").indicatesSuccess()).isTrue();

        assertThat(errorCode(tokenWith(assertion, "system/*.rs"))).isEqualTo("invalid_client");
    }

    @Test
    void assertionLivingLongerThanFiveMinutesIsRefusedWithInvalidClient() {
        Instant now = clock.instant();
        JWTClaimsSet longLived = claims().issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600)))
                .build();

        assertThat(errorCode(tokenWith(assertion(JWSAlgorithm.ES384, longLived), "system/*.rs")))
                .isEqualTo("invalid_client");
    }

    @Test
    void expiredAssertionIsRefusedWithInvalidClient() {
        Instant past = clock.instant().minusSeconds(600);
        JWTClaimsSet expired = claims().issueTime(Date.from(past))
                .expirationTime(Date.from(past.plusSeconds(60)))
                .build();

        assertThat(errorCode(tokenWith(assertion(JWSAlgorithm.ES384, expired), "system/*.rs")))
                .isEqualTo("invalid_client");
    }

    @Test
    void assertionWithoutJtiIsRefusedWithInvalidClient() {
        JWTClaimsSet withoutId = claims().jwtID(null).build();

        assertThat(errorCode(tokenWith(assertion(JWSAlgorithm.ES384, withoutId), "system/*.rs")))
                .isEqualTo("invalid_client");
    }

    @Test
    void assertionForAnotherAudienceIsRefusedWithInvalidClient() {
        JWTClaimsSet elsewhere =
                claims().audience("https://elsewhere.example/token").build();

        assertThat(errorCode(tokenWith(assertion(JWSAlgorithm.ES384, elsewhere), "system/*.rs")))
                .isEqualTo("invalid_client");
    }

    @Test
    void assertionSignedWithAnUnregisteredKeyIsRefusedWithInvalidClient() throws JOSEException {
        ECPrivateKey stranger = new ECKeyGenerator(Curve.P_384).generate().toECPrivateKey();
        SignedJWT assertion = sign(new ECDSASigner(stranger), JWSAlgorithm.ES384, claims().build());

        assertThat(errorCode(tokenWith(assertion, "system/*.rs"))).isEqualTo("invalid_client");
    }

    @Test
    void scopeTheClientWasNotGrantedIsRefusedWithInvalidScope() {
        assertThat(errorCode(tokenWith(assertion(JWSAlgorithm.ES384, claims().build()), "hub.api")))
                .isEqualTo("invalid_scope");
    }

    private JWTClaimsSet.Builder claims() {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .issuer(GOVERNMENT)
                .subject(GOVERNMENT)
                .audience(TOKEN.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(60)))
                .jwtID(UUID.randomUUID().toString());
    }

    private static SignedJWT assertion(JWSAlgorithm algorithm, JWTClaimsSet claims) {
        try {
            JWSSigner signer = algorithm == JWSAlgorithm.ES384
                    ? new ECDSASigner((ECPrivateKey) DemoKeys.ecPrivateKey())
                    : new RSASSASigner(DemoKeys.rsaPrivateKey());
            return sign(signer, algorithm, claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SignedJWT sign(JWSSigner signer, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        try {
            String keyId = algorithm == JWSAlgorithm.ES384 ? "demo-government-es384" : "demo-government-rs384";
            SignedJWT jwt =
                    new SignedJWT(new JWSHeader.Builder(algorithm).keyID(keyId).build(), claims);
            jwt.sign(signer);
            return jwt;
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TokenResponse tokenWith(SignedJWT assertion, String scope) {
        return token(
                new TokenRequest(TOKEN, new PrivateKeyJWT(assertion), new ClientCredentialsGrant(), new Scope(scope)));
    }

    private static String errorCode(TokenResponse response) {
        assertThat(response).isInstanceOf(TokenErrorResponse.class);
        return ((TokenErrorResponse) response).getErrorObject().getCode();
    }
}
