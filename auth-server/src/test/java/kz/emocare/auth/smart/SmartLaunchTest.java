package kz.emocare.auth.smart;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.emocare.auth.support.Browser;
import kz.emocare.auth.support.OidcTest;
import kz.emocare.contracts.demo.DemoDirectory;
import kz.emocare.contracts.identity.TokenClaims;
import org.junit.jupiter.api.Test;

/** An EHR launch of the clinician app: launch context, FHIR audience, patient in the token and its response. */
class SmartLaunchTest extends OidcTest {

    private static final String APP = "emocare-smart-app";
    private static final URI APP_REDIRECT = URI.create("http://localhost:8080/smart-app/callback");

    @Test
    void ehrLaunchGivesAFhirTokenWithThePatientOfTheLaunchContext() throws Exception {
        String patient = DemoDirectory.STUDENT.personId().toString();
        String launch = createLaunch(patient);
        CodeVerifier verifier = new CodeVerifier();

        AuthorizationResponse response = parseResponse(authorize(
                browser(), request(verifier, launch).build().toURI(), "clinician", DemoDirectory.DEMO_TOTP_SECRET));
        TokenResponse tokens = exchange(response, verifier);

        assertThat(tokens.indicatesSuccess()).as(tokens.toString()).isTrue();
        OIDCTokenResponse success = (OIDCTokenResponse) tokens;
        assertThat(success.getCustomParameters()).containsEntry(TokenClaims.PATIENT, patient);
        JWTClaimsSet access = SignedJWT.parse(
                        success.getOIDCTokens().getAccessToken().getValue())
                .getJWTClaimsSet();
        assertThat(access.getAudience()).containsExactly(FHIR_BASE);
        assertThat(access.getStringClaim(TokenClaims.PATIENT)).isEqualTo(patient);
        assertThat(access.getStringClaim(TokenClaims.ORGANIZATION_ID))
                .isEqualTo(DemoDirectory.CLINIC.id().toString());
        assertThat(success.getOIDCTokens().getIDToken().getJWTClaimsSet().getStringClaim("fhirUser"))
                .isEqualTo(FHIR_BASE + "/Practitioner/" + DemoDirectory.CLINICIAN.personId());
    }

    @Test
    void launchContextServesOneAuthorizationOnly() {
        String launch = createLaunch(DemoDirectory.STUDENT.personId().toString());
        CodeVerifier first = new CodeVerifier();
        Browser browser = browser();
        AuthorizationResponse firstResponse = parseResponse(authorize(
                browser, request(first, launch).build().toURI(), "clinician", DemoDirectory.DEMO_TOTP_SECRET));
        assertThat(exchange(firstResponse, first).indicatesSuccess()).isTrue();

        CodeVerifier second = new CodeVerifier();
        AuthorizationResponse secondResponse = parseResponse(authorize(
                browser, request(second, launch).build().toURI(), "clinician", DemoDirectory.DEMO_TOTP_SECRET));
        TokenResponse refused = exchange(secondResponse, second);

        assertThat(((TokenErrorResponse) refused).getErrorObject().getCode()).isEqualTo("invalid_grant");
    }

    @Test
    void launchContextsCanOnlyBeCreatedWithTheLaunchScope() throws Exception {
        HttpResponse<String> response =
                postLaunch("not-a-token", "{\"patient\":\"" + DemoDirectory.STUDENT.personId() + "\"}");

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void smartConfigurationAdvertisesS256AndTheLaunchCapabilities() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(ISSUER + "/.well-known/smart-configuration"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(page.body())
                .contains("\"code_challenge_methods_supported\":[\"S256\"]")
                .contains("launch-ehr")
                .contains("\"token_endpoint_auth_signing_alg_values_supported\":[\"RS384\",\"ES384\"]");
    }

    private AuthenticationRequest.Builder request(CodeVerifier verifier, String launch) {
        return new AuthenticationRequest.Builder(
                        new ResponseType("code"),
                        new Scope("openid", "fhirUser", "launch", "patient/*.rs"),
                        new ClientID(APP),
                        APP_REDIRECT)
                .endpointURI(AUTHORIZE)
                .state(new State())
                .nonce(new Nonce())
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .customParameter("aud", FHIR_BASE)
                .customParameter("launch", launch);
    }

    private static TokenResponse exchange(AuthorizationResponse response, CodeVerifier verifier) {
        assertThat(response).isNotInstanceOf(AuthorizationErrorResponse.class);
        return token(new TokenRequest(
                TOKEN,
                new ClientID(APP),
                new AuthorizationCodeGrant(
                        ((AuthorizationSuccessResponse) response).getAuthorizationCode(), APP_REDIRECT, verifier),
                null));
    }

    private static String createLaunch(String patient) {
        TokenResponse launcher = token(new TokenRequest(
                TOKEN,
                new ClientSecretBasic(new ClientID("demo-medical-system"), new Secret("demo-medical-system-secret")),
                new ClientCredentialsGrant(),
                new Scope("smart.launch")));
        assertThat(launcher.indicatesSuccess()).as(launcher.toString()).isTrue();
        String bearer =
                launcher.toSuccessResponse().getTokens().getAccessToken().getValue();
        HttpResponse<String> response = postLaunch(bearer, "{\"patient\":\"" + patient + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        Matcher launch = Pattern.compile("\"launch\":\"([^\"]+)\"").matcher(response.body());
        assertThat(launch.find()).isTrue();
        return launch.group(1);
    }

    private static HttpResponse<String> postLaunch(String bearer, String body) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(ISSUER + "/smart/launch"))
                                    .header("Authorization", "Bearer " + bearer)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
