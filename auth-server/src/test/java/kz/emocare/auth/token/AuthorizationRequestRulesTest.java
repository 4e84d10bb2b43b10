package kz.emocare.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationErrorResponse;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.Prompt;
import java.net.URI;
import java.util.List;
import kz.emocare.auth.support.Browser;
import kz.emocare.auth.support.OidcTest;
import org.junit.jupiter.api.Test;

/** What the authorization endpoint refuses, with the error codes RFC 6749, RFC 7636, RFC 8707 and OIDC require. */
class AuthorizationRequestRulesTest extends OidcTest {

    @Test
    void plainPkceIsRefusedWithInvalidRequest() {
        URI request = hubWebRequest(new CodeVerifier(), new Nonce())
                .codeChallenge(new CodeVerifier(), CodeChallengeMethod.PLAIN)
                .build()
                .toURI();

        AuthorizationErrorResponse error = errorFor(request);

        assertThat(error.getErrorObject().getCode()).isEqualTo("invalid_request");
        assertThat(error.getIssuer()).isEqualTo(new Issuer(ISSUER));
    }

    @Test
    void missingPkceIsRefusedWithInvalidRequest() {
        URI request = new AuthenticationRequest.Builder(
                        new ResponseType("code"), new Scope("openid"), new ClientID(HUB_WEB), HUB_REDIRECT)
                .endpointURI(AUTHORIZE)
                .state(new State())
                .nonce(new Nonce())
                .build()
                .toURI();

        assertThat(errorFor(request).getErrorObject().getCode()).isEqualTo("invalid_request");
    }

    @Test
    void redirectUriThatDoesNotMatchExactlyIsNeverRedirectedTo() {
        URI request = new AuthenticationRequest.Builder(
                        new ResponseType("code"),
                        new Scope("openid"),
                        new ClientID(HUB_WEB),
                        URI.create(HUB_REDIRECT + "/../evil"))
                .endpointURI(AUTHORIZE)
                .state(new State())
                .nonce(new Nonce())
                .codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256)
                .build()
                .toURI();

        Browser.Page page = browser().get(request.toString());

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.location()).isNull();
    }

    @Test
    void unknownClientIsNeverRedirectedTo() {
        URI request = new AuthenticationRequest.Builder(
                        new ResponseType("code"), new Scope("openid"), new ClientID("nobody"), HUB_REDIRECT)
                .endpointURI(AUTHORIZE)
                .state(new State())
                .nonce(new Nonce())
                .codeChallenge(new CodeVerifier(), CodeChallengeMethod.S256)
                .build()
                .toURI();

        Browser.Page page = browser().get(request.toString());

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.location()).isNull();
    }

    @Test
    void smartAudienceOtherThanTheFhirBaseIsRefusedWithInvalidRequest() {
        URI request = hubWebRequest(new CodeVerifier(), new Nonce())
                .customParameter("aud", "https://elsewhere.example/fhir")
                .build()
                .toURI();

        AuthorizationErrorResponse error = errorFor(browser(), request, "volunteer");

        assertThat(error.getErrorObject().getCode()).isEqualTo("invalid_request");
    }

    @Test
    void resourceEmocareDoesNotServeIsRefusedWithInvalidTarget() {
        URI request = hubWebRequest(new CodeVerifier(), new Nonce())
                .resources(URI.create("https://elsewhere.example/api"))
                .build()
                .toURI();

        AuthorizationErrorResponse error = errorFor(browser(), request, "volunteer");

        assertThat(error.getErrorObject().getCode()).isEqualTo("invalid_target");
    }

    @Test
    void promptNoneWithoutSessionAnswersLoginRequired() {
        URI request = hubWebRequest(new CodeVerifier(), new Nonce())
                .prompt(new Prompt(Prompt.Type.NONE))
                .build()
                .toURI();

        assertThat(errorFor(request).getErrorObject().getCode()).isEqualTo("login_required");
    }

    @Test
    void promptNoneWithSessionAnswersWithoutAnyPage() {
        Browser browser = browser();
        authorize(
                browser, hubWebRequest(new CodeVerifier(), new Nonce()).build().toURI(), "volunteer", null);

        URI silent = hubWebRequest(new CodeVerifier(), new Nonce())
                .prompt(new Prompt(Prompt.Type.NONE))
                .build()
                .toURI();
        Browser.Page page = browser.follow(browser.get(silent.toString()));

        assertThat(page.isRedirect()).isTrue();
        assertThat(parseResponse(URI.create(page.location()))).isInstanceOf(AuthorizationSuccessResponse.class);
    }

    @Test
    void maxAgeOlderThanTheSignInMakesPromptNoneFailWithLoginRequired() {
        Browser browser = browser();
        authorize(
                browser, hubWebRequest(new CodeVerifier(), new Nonce()).build().toURI(), "volunteer", null);
        clock.advance(java.time.Duration.ofSeconds(120));

        URI request = hubWebRequest(new CodeVerifier(), new Nonce())
                .prompt(new Prompt(Prompt.Type.NONE))
                .maxAge(60)
                .build()
                .toURI();
        Browser.Page page = browser.follow(browser.get(request.toString()));

        AuthorizationResponse response = parseResponse(URI.create(page.location()));
        assertThat(((AuthorizationErrorResponse) response).getErrorObject().getCode())
                .isEqualTo("login_required");
    }

    @Test
    void maxAgeOlderThanTheSignInAsksForTheSignInAgain() {
        Browser browser = browser();
        authorize(
                browser, hubWebRequest(new CodeVerifier(), new Nonce()).build().toURI(), "volunteer", null);
        clock.advance(java.time.Duration.ofSeconds(120));

        URI request = hubWebRequest(new CodeVerifier(), new Nonce())
                .maxAge(60)
                .build()
                .toURI();
        Browser.Page page = browser.follow(browser.get(request.toString()));
        assertThat(page.body()).contains("name=\"password\"");

        URI redirect = authorize(browser, request, "volunteer", null);
        assertThat(parseResponse(redirect).indicatesSuccess()).isTrue();
    }

    @Test
    void promptLoginAsksForTheSignInAgainOnceThenAnswers() {
        Browser browser = browser();
        authorize(
                browser, hubWebRequest(new CodeVerifier(), new Nonce()).build().toURI(), "volunteer", null);

        URI request = hubWebRequest(new CodeVerifier(), new Nonce())
                .prompt(new Prompt(Prompt.Type.LOGIN))
                .build()
                .toURI();
        assertThat(browser.follow(browser.get(request.toString())).body()).contains("name=\"password\"");
        assertThat(parseResponse(authorize(browser, request, "volunteer", null)).indicatesSuccess())
                .isTrue();
    }

    @Test
    void discoveryAdvertisesS256OnlyAndTheIssParameter() {
        Browser.Page page = browser().get("/.well-known/openid-configuration");

        assertThat(page.body())
                .contains("\"code_challenge_methods_supported\":[\"S256\"]")
                .contains("\"authorization_response_iss_parameter_supported\":true")
                .contains("\"end_session_endpoint\"")
                .doesNotContain("plain");
    }

    private AuthorizationErrorResponse errorFor(URI request) {
        Browser.Page page = browser().get(request.toString());
        assertThat(page.isRedirect()).as("status %s", page.status()).isTrue();
        AuthorizationResponse response = parseResponse(URI.create(page.location()));
        assertThat(response).isInstanceOf(AuthorizationErrorResponse.class);
        return (AuthorizationErrorResponse) response;
    }

    private AuthorizationErrorResponse errorFor(Browser browser, URI request, String username) {
        AuthorizationResponse response = parseResponse(authorize(browser, request, username, null));
        assertThat(response).isInstanceOf(AuthorizationErrorResponse.class);
        assertThat(List.of(response.getIssuer())).containsExactly(new Issuer(ISSUER));
        return (AuthorizationErrorResponse) response;
    }
}
