package kz.emocare.auth.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.emocare.auth.totp.Totp;
import kz.emocare.contracts.demo.DemoDirectory;
import org.springframework.beans.factory.annotation.Autowired;

/** Drives the provider with the Nimbus OAuth 2.0 / OpenID Connect SDK, as a strict client would. */
public abstract class OidcTest extends AuthServerTest {

    public static final String HUB_WEB = "emocare-hub-web";
    public static final String HUB_WEB_SECRET = "demo-hub-web-secret";
    public static final URI HUB_REDIRECT = URI.create("http://localhost:8080/login/oauth2/code/emocare");
    public static final URI AUTHORIZE = URI.create(ISSUER + "/oauth2/authorize");
    public static final URI TOKEN = URI.create(ISSUER + "/oauth2/token");

    @Autowired
    protected Totp totp;

    protected static ClientAuthentication hubWebClient() {
        return new ClientSecretBasic(new ClientID(HUB_WEB), new Secret(HUB_WEB_SECRET));
    }

    /** An OpenID Connect authorization request of the hub's web client with PKCE S256. */
    protected static AuthenticationRequest.Builder hubWebRequest(CodeVerifier verifier, Nonce nonce) {
        return new AuthenticationRequest.Builder(
                        new ResponseType("code"), new Scope("openid", "hub.api"), new ClientID(HUB_WEB), HUB_REDIRECT)
                .endpointURI(AUTHORIZE)
                .state(new State())
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256);
    }

    /**
     * Runs an authorization request through sign-in (password, then TOTP if asked) and returns where the provider
     * finally sends the browser (the client's redirect URI with the response).
     */
    protected URI authorize(Browser browser, URI request, String username, String secondFactorSecret) {
        Browser.Page page = browser.follow(browser.get(request.toString()));
        if (page.isRedirect()) {
            return URI.create(page.location());
        }
        assertThat(page.body()).contains("name=\"password\"");
        page = browser.follow(
                browser.post("/login", Map.of("username", username, "password", DemoDirectory.DEMO_PASSWORD)));
        if (!page.isRedirect() && page.body().contains("action=\"/login/second-factor\"")) {
            page = browser.follow(
                    browser.post("/login/second-factor", Map.of("code", totp.currentCode(secondFactorSecret))));
        }
        if (!page.isRedirect() && page.body().contains("action=\"/oauth2/authorize\"")) {
            page = browser.follow(approveConsent(browser, page));
        }
        assertThat(page.isRedirect())
                .as("redirect to the client, got %s", page.status())
                .isTrue();
        return URI.create(page.location());
    }

    /** Approves every scope of the consent page shown. */
    protected static Browser.Page approveConsent(Browser browser, Browser.Page consentPage) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("client_id", field(consentPage.body(), "client_id")));
        form.add(Map.entry("state", field(consentPage.body(), "state")));
        Matcher scopes = Pattern.compile("name=\"scope\" value=\"([^\"]+)\"").matcher(consentPage.body());
        while (scopes.find()) {
            form.add(Map.entry("scope", scopes.group(1)));
        }
        return browser.post("/oauth2/authorize", form);
    }

    private static String field(String html, String name) {
        Matcher matcher =
                Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("form field %s", name).isTrue();
        return matcher.group(1);
    }

    protected static AuthorizationResponse parseResponse(URI redirect) {
        try {
            return AuthorizationResponse.parse(redirect);
        } catch (com.nimbusds.oauth2.sdk.ParseException e) {
            throw new AssertionError("Not an authorization response: " + redirect, e);
        }
    }

    protected static TokenResponse exchange(AuthorizationCode code, CodeVerifier verifier) {
        return token(hubWebClient(), new AuthorizationCodeGrant(code, HUB_REDIRECT, verifier));
    }

    protected static TokenResponse token(ClientAuthentication client, AuthorizationGrant grant) {
        return token(new TokenRequest(TOKEN, client, grant, null));
    }

    protected static TokenResponse token(TokenRequest request) {
        try {
            return OIDCTokenResponseParser.parse(request.toHTTPRequest().send());
        } catch (IOException | com.nimbusds.oauth2.sdk.ParseException e) {
            throw new AssertionError("Token request failed", e);
        }
    }
}
